package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A peer tie between two people; undirected, so {@code from} and {@code to} are only its two ends.
 * {@code inForce} says whether it is part of today's network ({@link InForce}): {@code since}
 * missing or on or before today, {@code until} missing or after today.
 */
public record TieView(
        String id,
        ElementRef from,
        ElementRef to,
        int strength,
        String context,
        LocalDate since,
        LocalDate until,
        boolean inForce,
        String source,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {}
