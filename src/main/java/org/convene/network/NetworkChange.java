package org.convene.network;

/**
 * What one write through the application changed in the network, as far as the analysis sees
 * it, so a listener can bring its projection up to date without reading the whole store again.
 * Writes whose effect is wider (imports, organizations, affiliations, sectors) publish none, and
 * listeners read the store again.
 */
public sealed interface NetworkChange {

    /** A tie created, or its strength or context changed; the values are those stored. */
    record TieSaved(String personIdA, String personIdB, int strength, String context) implements NetworkChange {}

    /** The tie between these two people removed. */
    record TieRemoved(String personIdA, String personIdB) implements NetworkChange {}

    /** A person created, or their own details changed (name, role, sector, membership, stage). */
    record PersonSaved(String personId) implements NetworkChange {}

    /** A person removed with everything about them. */
    record PersonRemoved(String personId) implements NetworkChange {}
}
