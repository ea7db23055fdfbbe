package org.convene.exchange;

/**
 * An element already in the store, as far as an import needs to know it.
 *
 * @param elementId the store's own id for it, valid in the transaction that read it, so the
 *                  writer can reach it without an index seek; {@code null} when not known
 */
record StoredElement(String id, String label, ElementType type, String elementId) {

    public StoredElement(String id, String label, ElementType type) {
        this(id, label, type, null);
    }
}
