package org.convene.network;

/**
 * A person in a list: {@code organization} is their first affiliation, {@code sector} their own
 * sector or else their first organization's.
 */
public record PersonSummary(
        String id, String name, String role, String organization, String sector, boolean coalition, String stage) {}
