package org.convene.network;

/** A person or organization as another answer names it. */
record ElementRef(String id, String name) {}
