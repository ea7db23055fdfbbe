package org.convene.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one bench run measures.
 *
 * @param people how many people the synthetic network has
 * @param ties how many ties
 * @param seed the generator's seed
 * @param targets how many random non-members reach is asked about
 * @param timeout the limit on each Cypher query
 * @param exactBetweennessBelow from this many people on, betweenness is sampled instead of exact
 * @param pivots the sources a sampled betweenness uses; 0 for the default
 * @param only the operations to measure; empty for all of them
 * @param writeEdges where to write the projected network's ties as an edge list (for timing
 *     another library on the same graph), or {@code null}
 */
record BenchOptions(
        int people,
        int ties,
        long seed,
        int targets,
        Duration timeout,
        int exactBetweennessBelow,
        int pivots,
        Set<String> only,
        Path writeEdges) {

    /** Every operation, in the order a run measures them. */
    static final List<String> OPERATIONS = List.of(
            "import",
            "projection",
            "memory",
            "reach",
            "degree",
            "coverage",
            "betweenness",
            "update_after_edit",
            "reports",
            "brief",
            "import_xlsx");

    static final String USAGE = """
            usage: java -jar convene.jar bench --people N --ties M [--seed S] [--targets T] [--timeout SECONDS]
                       [--exact-betweenness-below N] [--pivots K] [--only OPERATION,...]
                       [--write-edges FILE]
            operations: import, projection, memory, reach, degree, coverage, betweenness, update_after_edit,
                        reports, brief, import_xlsx
            """;

    /**
     * Reads {@code --name value} pairs.
     *
     * @throws IllegalArgumentException naming the option that is missing, unknown or not a number
     */
    static BenchOptions parse(String... args) {
        Integer people = null;
        Integer ties = null;
        long seed = 42;
        int targets = 10;
        long timeoutSeconds = 60;
        int exactBelow = 100_000;
        int pivots = 0;
        Set<String> only = Set.of();
        Path writeEdges = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--people" -> people = Integer.parseInt(value);
                    case "--ties" -> ties = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--targets" -> targets = Integer.parseInt(value);
                    case "--timeout" -> timeoutSeconds = Long.parseLong(value);
                    case "--exact-betweenness-below" -> exactBelow = Integer.parseInt(value);
                    case "--pivots" -> pivots = Integer.parseInt(value);
                    case "--only" -> only = operations(value);
                    case "--write-edges" -> writeEdges = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + name + " takes a number, not '" + value + "'", e);
            }
        }
        if (people == null || ties == null) {
            throw new IllegalArgumentException("--people and --ties are required");
        }
        if (targets < 1 || timeoutSeconds < 1 || pivots < 0) {
            throw new IllegalArgumentException("--targets and --timeout must be positive, --pivots not negative");
        }
        return new BenchOptions(
                people, ties, seed, targets, Duration.ofSeconds(timeoutSeconds), exactBelow, pivots, only, writeEdges);
    }

    /** Whether this run measures the operation. */
    boolean measures(String operation) {
        return only.isEmpty() || only.contains(operation);
    }

    private static Set<String> operations(String list) {
        Set<String> operations = new LinkedHashSet<>();
        for (String name : list.split(",")) {
            String operation = name.strip();
            if (!OPERATIONS.contains(operation)) {
                throw new IllegalArgumentException("unknown operation '" + operation + "'; use " + OPERATIONS);
            }
            operations.add(operation);
        }
        return Set.copyOf(operations);
    }
}
