package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything stored about one person, for their page and the side panel: the listed organization
 * and sector are those in force today; the affiliations and ties include those that ended, with
 * their dates.
 *
 * @param coalition whether they are a member now
 * @param joinedAt  the day they first joined the coalition, kept when they leave
 * @param leftAt    the day they left, for a former member
 */
public record PersonDetail(
        String id,
        String name,
        String role,
        String organization,
        String sector,
        String ownSector,
        boolean coalition,
        LocalDate joinedAt,
        LocalDate leftAt,
        String stage,
        String description,
        List<String> tags,
        Integer power,
        Integer urgency,
        Integer optimism,
        Integer collaboration,
        Integer openness,
        boolean noResources,
        List<Affiliation> affiliations,
        List<Tie> ties,
        List<StageChange> stages,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {

    /** Where the person works, or worked (an {@code until} on or before today). */
    public record Affiliation(
            String id,
            ElementRef organization,
            String sector,
            String role,
            LocalDate since,
            LocalDate until,
            boolean leads,
            Integer rank) {}

    /** A peer tie, seen from this person; one with an {@code until} on or before today has ended. */
    public record Tie(
            String id,
            ElementRef person,
            int strength,
            String context,
            LocalDate since,
            LocalDate until,
            String source) {}

    /** One step of the person's adoption-stage history; the latest is the current stage. */
    public record StageChange(String stage, ZonedDateTime at, String by, String note) {}
}
