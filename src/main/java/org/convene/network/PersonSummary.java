package org.convene.network;

/** A person in a list, with the organization and sector they are listed with ({@link ListedPerson}). */
record PersonSummary(
        String id, String name, String role, String organization, String sector, boolean coalition, String stage) {}
