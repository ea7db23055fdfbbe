package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A person's role at an organization. {@code rank} is its place among the person's affiliations
 * (a file's row order, else the order they were made in; see {@link ListedPerson}); {@code inForce}
 * whether it is part of today's network ({@link InForce}).
 */
record AffiliationView(
        String id,
        ElementRef person,
        ElementRef organization,
        String role,
        LocalDate since,
        LocalDate until,
        boolean inForce,
        boolean leads,
        Integer rank,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {}
