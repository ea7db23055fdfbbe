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
     */
    public static final String ORGANIZATION_AND_SECTOR = """
            CALL (p) {
              OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
              OPTIONAL MATCH (o)-[:IN_SECTOR]->(os:Sector)
              WITH p, o, os ORDER BY %s, os.key
              WITH p, head(collect(coalesce(o.name, o.id))) AS organization, head(collect(os.key)) AS organizationSector
              WITH organization, organizationSector,
                   COLLECT { MATCH (p)-[:IN_SECTOR]->(s:Sector) RETURN s.key ORDER BY s.key LIMIT 1 }[0] AS ownSector
              RETURN organization, ownSector, coalesce(ownSector, organizationSector) AS sector
            }
            """.formatted(AFFILIATION_ORDER);

    private ListedPerson() {}
}
