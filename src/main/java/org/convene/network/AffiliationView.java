package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A person's role at an organization. */
record AffiliationView(
        String id,
        ElementRef person,
        ElementRef organization,
        String role,
        LocalDate since,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {}
