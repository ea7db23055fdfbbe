package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything stored about one organization: its people and partners, those that ended too, with
 * their dates.
 */
record OrganizationDetail(
        String id,
        String name,
        String sector,
        String level,
        String description,
        List<String> tags,
        Integer resources,
        List<Member> people,
        List<Partner> partners,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {

    /**
     * Someone who works there, or did (an affiliation, seen from the organization); {@code
     * coalition}: a member today.
     */
    public record Member(
            String affiliationId,
            ElementRef person,
            String role,
            LocalDate since,
            LocalDate until,
            boolean leads,
            boolean coalition) {}

    /** An organization it partners with, or did. */
    public record Partner(
            String id,
            ElementRef organization,
            Integer strength,
            String context,
            LocalDate since,
            LocalDate until,
            String source) {}
}
