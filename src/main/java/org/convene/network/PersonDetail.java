package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything stored about one person, for their page and the side panel. */
public record PersonDetail(
        String id,
        String name,
        String role,
        String organization,
        String sector,
        String ownSector,
        boolean coalition,
        LocalDate joinedAt,
        String stage,
        String description,
        List<String> tags,
        List<Affiliation> affiliations,
        List<Tie> ties,
        List<StageChange> stages,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {

    /** Where the person works. */
    public record Affiliation(String id, ElementRef organization, String sector, String role, LocalDate since) {}

    /** A peer tie, seen from this person. */
    public record Tie(String id, ElementRef person, int strength, String context, LocalDate since, String source) {}

    /** One step of the person's adoption-stage history; the latest is the current stage. */
    public record StageChange(String stage, ZonedDateTime at, String by, String note) {}
}
