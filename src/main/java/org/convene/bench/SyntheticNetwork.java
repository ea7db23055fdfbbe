package org.convene.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.CoalitionGraphBuilder;
import org.convene.network.Sector;

/**
 * A seeded, fictional community network as {@link NetworkGenerator} made it: people with a
 * checklist sector, an organization, a role, a stage and membership; organizations with a sector
 * and level; distinct ties with a strength and context. The same recipe and seed always give the
 * same network, as CSV files in the import format ({@link SyntheticCsv}) or directly as a {@link
 * CoalitionGraph} ({@link #toGraph()}), so a benchmark can run with or without the store.
 */
public final class SyntheticNetwork {

    private final long seed;
    // people, by index in generation order
    final String[] personLabels;
    /** Index into {@link NetworkGenerator#SECTORS}, or -1 for a person with no sector. */
    final int[] personSector;
    /** Index of the person's organization, or -1. */
    final int[] personOrganization;

    final boolean[] members;
    final String[] stages;
    final String[] roles;
    // organizations, by index
    final String[] organizationLabels;
    final int[] organizationSector;
    final String[] organizationLevels;
    // ties, by index: distinct unordered pairs
    final int[] tieA;
    final int[] tieB;
    final byte[] tieStrength;
    final String[] tieContext;

    SyntheticNetwork(
            long seed,
            String[] personLabels,
            int[] personSector,
            int[] personOrganization,
            boolean[] members,
            String[] stages,
            String[] roles,
            String[] organizationLabels,
            int[] organizationSector,
            String[] organizationLevels,
            int[] tieA,
            int[] tieB,
            byte[] tieStrength,
            String[] tieContext) {
        this.seed = seed;
        this.personLabels = personLabels;
        this.personSector = personSector;
        this.personOrganization = personOrganization;
        this.members = members;
        this.stages = stages;
        this.roles = roles;
        this.organizationLabels = organizationLabels;
        this.organizationSector = organizationSector;
        this.organizationLevels = organizationLevels;
        this.tieA = tieA;
        this.tieB = tieB;
        this.tieStrength = tieStrength;
        this.tieContext = tieContext;
    }

    /**
     * The bench's network with this many people and ties, generated from the seed ({@link
     * NetworkGenerator#of}).
     *
     * @throws IllegalArgumentException for fewer than 3 people, or ties outside 1 .. a quarter of
     *     all pairs (beyond that preferential attachment has too little choice left)
     */
    public static SyntheticNetwork generate(int people, int ties, long seed) {
        return NetworkGenerator.of(people, ties).generate(seed);
    }

    /** The same, every label starting with the prefix, so it can sit beside another network. */
    public static SyntheticNetwork generate(int people, int ties, long seed, String labelPrefix) {
        return NetworkGenerator.of(people, ties).labelPrefix(labelPrefix).generate(seed);
    }

    /** The number of people. */
    public int people() {
        return personLabels.length;
    }

    /** The number of (undirected, distinct) ties. */
    public int ties() {
        return tieA.length;
    }

    /** The number of organizations. */
    public int organizations() {
        return organizationLabels.length;
    }

    /** The seed the network was generated from. */
    public long seed() {
        return seed;
    }

    /** Rows of both CSV files without headers: elements (organizations, people) and connections. */
    public int rows() {
        return organizations() + people() + ties();
    }

    /**
     * The network as the analysis engine sees it after an import, without a store: labels double
     * as ids.
     */
    public CoalitionGraph toGraph() {
        CoalitionGraphBuilder graph = CoalitionGraph.builder();
        for (Sector sector : NetworkGenerator.SECTORS) {
            graph.sector(sector.key(), sector.title());
        }
        for (int o = 0; o < organizations(); o++) {
            graph.organization(
                    organizationLabels[o], organizationLabels[o], organizationSectorKey(o), organizationLevels[o]);
        }
        for (int p = 0; p < people(); p++) {
            int organization = personOrganization[p];
            String sector = organization < 0 ? personSectorKey(p) : organizationSectorKey(organization);
            Set<String> sectors = sector == null ? Set.of() : new LinkedHashSet<>(List.of(sector));
            graph.person(
                    personLabels[p],
                    personLabels[p],
                    roles[p],
                    organization < 0 ? null : organizationLabels[organization],
                    sectors,
                    sector,
                    members[p],
                    stages[p]);
            if (organization >= 0) {
                graph.affiliation(personLabels[p], organizationLabels[organization]);
            }
        }
        for (int t = 0; t < ties(); t++) {
            graph.tie(personLabels[tieA[t]], personLabels[tieB[t]], tieStrength[t], tieContext[t]);
        }
        return graph.build();
    }

    /** The key of the person's own sector, or {@code null}. */
    String personSectorKey(int person) {
        return personSector[person] < 0
                ? null
                : NetworkGenerator.SECTORS.get(personSector[person]).key();
    }

    /** The key of the organization's sector. */
    String organizationSectorKey(int organization) {
        return NetworkGenerator.SECTORS.get(organizationSector[organization]).key();
    }
}
