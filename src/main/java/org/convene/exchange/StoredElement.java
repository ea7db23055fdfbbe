package org.convene.exchange;

/** An element already in the store, as far as an import needs to know it. */
public record StoredElement(String id, String label, ElementType type) {
}
