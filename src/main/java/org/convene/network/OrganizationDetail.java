package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything stored about one organization. */
record OrganizationDetail(
        String id,
        String name,
        String sector,
        String level,
        String description,
        List<String> tags,
        List<Member> people,
        List<Partner> partners,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {

    /** Someone who works there (an affiliation, seen from the organization). */
    public record Member(String affiliationId, ElementRef person, String role, LocalDate since, boolean coalition) {}

    /** An organization it partners with. */
    public record Partner(String id, ElementRef organization, Integer strength, String context) {}
}
