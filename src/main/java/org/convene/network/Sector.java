package org.convene.network;

/** A part of the community the outreach checklist asks the coalition to reach. */
public record Sector(String key, String title) {}
