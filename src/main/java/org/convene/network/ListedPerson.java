package org.convene.network;

/**
 * The person as listed, the same in every answer, page and measure: their first affiliation is
 * the one with the earliest {@code since} (else the one made first), then by organization name,
 * and their sector is their own, else that of the first affiliation whose organization has one.
 */
public final class ListedPerson {

    /**
     * An {@code ORDER BY} over a person's affiliations {@code w} to organizations {@code o}, first
     * affiliation first. A {@code since} date counts from its midnight (UTC), so that it sorts among
     * the times affiliations were made; a {@code since} that is not a date (written around the app)
     * counts as missing.
     */
    public static final String AFFILIATION_ORDER =
            "CASE WHEN w.since IS :: DATE NOT NULL THEN datetime({date: w.since}) ELSE w.createdAt END, o.name";

    /**
     * A {@code CALL} for the person bound as {@code p} that adds {@code organization} (the name of
     * their first affiliation's organization), {@code ownSector} and {@code sector} (the sector they
     * are listed in), all {@code null} when there is none. Data written around the app may give a
     * person or organization two sectors; the first key counts.
     *
     * <p>Three subquery expressions with {@code LIMIT 1} rather than one aggregation over the
     * affiliations: the whole projection reads every person through this, and that form cost it
     * least (about 440 against 540 ms for 10,000 people on a busy machine).
     */
    public static final String ORGANIZATION_AND_SECTOR = """
            CALL (p) {
              WITH p, COLLECT { MATCH (p)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS ownSector
              RETURN ownSector,
                     COLLECT { MATCH (p)-[w:WORKS_AT]->(o:Organization)
                               RETURN coalesce(o.name, o.id) ORDER BY %1$s LIMIT 1 }[0] AS organization,
                     coalesce(ownSector, COLLECT { MATCH (p)-[w:WORKS_AT]->(o:Organization)-[:IN_SECTOR]->(s:Sector)
                                                   RETURN s.key ORDER BY %1$s, s.key LIMIT 1 }[0]) AS sector
            }
            """.formatted(AFFILIATION_ORDER);

    private ListedPerson() {}
}
