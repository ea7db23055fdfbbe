package org.convene.network;

/**
 * The person as listed, the same in every answer, page and measure: their first affiliation is
 * the earliest begun ({@code since} ascending, undated ones last), then the first in their order
 * ({@code rank}: a file's row order, else the order they were made in), then the one made first,
 * then by organization name; and their sector is their own, else that of the first affiliation
 * whose organization has one. Only affiliations in force at {@code $date} ({@link InForce}) count,
 * so a person who left an organization is no longer listed under it.
 */
public final class ListedPerson {

    /**
     * An {@code ORDER BY} over a person's affiliations {@code w} to organizations {@code o}, first
     * affiliation first. A {@code since} or {@code rank} of the wrong type (written around the app)
     * counts as missing, and missing ones sort last.
     */
    public static final String AFFILIATION_ORDER = "CASE WHEN w.since IS :: DATE NOT NULL THEN w.since END, "
            + "CASE WHEN w.rank IS :: INTEGER NOT NULL THEN w.rank END, w.createdAt, o.name";

    /**
     * A {@code CALL} for the person bound as {@code p} that adds {@code organization} (the name of
     * their first affiliation's organization), {@code ownSector} and {@code sector} (the sector they
     * are listed in), all {@code null} when there is none, over the affiliations in force at
     * {@code $date}, which the query must bind. Data written around the app may give a person or
     * organization two sectors; the first key counts.
     *
     * <p>Three subquery expressions with {@code LIMIT 1} rather than one aggregation over the
     * affiliations: the whole projection reads every person through this, and that form cost it
     * least (about 440 against 540 ms for 10,000 people on a busy machine).
     */
    public static final String ORGANIZATION_AND_SECTOR = """
            CALL (p) {
              WITH p, COLLECT { MATCH (p)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS ownSector
              RETURN ownSector,
                     COLLECT { MATCH (p)-[w:WORKS_AT]->(o:Organization) WHERE %2$s
                               RETURN coalesce(o.name, o.id) ORDER BY %1$s LIMIT 1 }[0] AS organization,
                     coalesce(ownSector, COLLECT { MATCH (p)-[w:WORKS_AT]->(o:Organization)-[:IN_SECTOR]->(s:Sector)
                                                   WHERE %2$s
                                                   RETURN s.key ORDER BY %1$s, s.key LIMIT 1 }[0]) AS sector
            }
            """.formatted(AFFILIATION_ORDER, InForce.at("w"));

    private ListedPerson() {}
}
