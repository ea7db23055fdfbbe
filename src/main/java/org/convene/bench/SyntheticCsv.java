package org.convene.bench;

import java.nio.charset.StandardCharsets;

/**
 * A {@link SyntheticNetwork} as CSV files in the import format: the Elements file (organizations,
 * then people with their organization) and the Connections file (one {@code Knows} row per tie),
 * UTF-8, {@code \n} line ends. Labels are the ids.
 */
final class SyntheticCsv {

    private SyntheticCsv() {}

    /** The Elements CSV: organizations first, then people with their organization. */
    static byte[] elements(SyntheticNetwork network) {
        StringBuilder csv = new StringBuilder(64 * (network.people() + network.organizations()));
        csv.append("Label,Type,Sector,Level,Organization,Role,Coalition,Stage\n");
        for (int o = 0; o < network.organizations(); o++) {
            csv.append(network.organizationLabels[o])
                    .append(",Organization,")
                    .append(network.organizationSectorKey(o))
                    .append(',')
                    .append(network.organizationLevels[o])
                    .append(",,,,\n");
        }
        for (int p = 0; p < network.people(); p++) {
            int organization = network.personOrganization[p];
            String sector = network.personSectorKey(p);
            csv.append(network.personLabels[p])
                    .append(",Person,")
                    .append(organization < 0 && sector != null ? sector : "")
                    .append(",,")
                    .append(organization < 0 ? "" : network.organizationLabels[organization])
                    .append(',')
                    .append(network.roles[p] == null ? "" : network.roles[p])
                    .append(',')
                    .append(network.members[p] ? "yes" : "no")
                    .append(',')
                    .append(network.stages[p] == null ? "" : network.stages[p])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Connections CSV: one {@code Knows} row per tie. */
    static byte[] connections(SyntheticNetwork network) {
        return connections(network, 0, network.ties());
    }

    /** The Connections CSV with ties {@code from} (inclusive) to {@code to} (exclusive) only. */
    static byte[] connections(SyntheticNetwork network, int from, int to) {
        StringBuilder csv = new StringBuilder(64 * (to - from));
        csv.append("From,To,Type,Strength,Context\n");
        for (int t = from; t < to; t++) {
            csv.append(network.personLabels[network.tieA[t]])
                    .append(',')
                    .append(network.personLabels[network.tieB[t]])
                    .append(",Knows,")
                    .append(network.tieStrength[t])
                    .append(',')
                    .append(network.tieContext[t])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
