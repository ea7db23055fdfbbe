package org.convene.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A peer tie between two people; undirected, so {@code from} and {@code to} are only its two ends. */
public record TieView(
        String id,
        ElementRef from,
        ElementRef to,
        int strength,
        String context,
        LocalDate since,
        String source,
        String createdBy,
        ZonedDateTime createdAt,
        String updatedBy,
        ZonedDateTime updatedAt) {}
