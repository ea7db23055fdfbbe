package org.convene.analysis;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Making the graph the answers read: {@link #build} is the Java half of a full projection (the
 * store reads left out), {@link #withTie} the update a committed tie applies in place of one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoalitionGraphBenchmark {

    private static final int PAIRS = 64;

    // the network's rows, read back from the generated graph, in the order the projection adds them
    private List<CoalitionGraph.Sector> sectors;
    private CoalitionGraph.Organization[] organizations;
    private CoalitionGraph.Person[] people;
    private int[][] affiliations;
    private CoalitionGraph.Tie[] ties;

    // people without a tie between them, by id, for withTie
    private String[] pairA;
    private String[] pairB;
    private int next;

    @Setup
    public void rows(Network network) {
        CoalitionGraph graph = network.graph;
        sectors = graph.sectors();
        organizations = new CoalitionGraph.Organization[graph.organizationCount()];
        for (int o = 0; o < organizations.length; o++) {
            organizations[o] = graph.organization(o);
        }
        people = new CoalitionGraph.Person[graph.personCount()];
        affiliations = new int[people.length][];
        for (int p = 0; p < people.length; p++) {
            people[p] = graph.person(p);
            affiliations[p] = graph.organizationsOf(p).stream()
                    .mapToInt(CoalitionGraph.Organization::index)
                    .toArray();
        }
        ties = new CoalitionGraph.Tie[graph.tieCount()];
        for (int t = 0; t < ties.length; t++) {
            ties[t] = graph.tie(t);
        }

        SplittableRandom random = new SplittableRandom(network.seed ^ 0xED17);
        pairA = new String[PAIRS];
        pairB = new String[PAIRS];
        int n = graph.personCount();
        for (int found = 0; found < PAIRS; ) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && graph.tieBetween(a, b).isEmpty()) {
                pairA[found] = graph.personId(a);
                pairB[found++] = graph.personId(b);
            }
        }
    }

    /**
     * Sectors, organizations, people (by id), affiliations and ties (by index) into {@link
     * CoalitionGraph#builder()}, as {@code NetworkProjection} feeds it, then {@code build()}.
     */
    @Benchmark
    public CoalitionGraph build() {
        CoalitionGraphBuilder builder = CoalitionGraph.builder().sectors(sectors);
        for (CoalitionGraph.Organization o : organizations) {
            builder.organization(o.id(), o.name(), o.sectorKey(), o.level());
        }
        for (int p = 0; p < people.length; p++) {
            CoalitionGraph.Person person = people[p];
            Set<String> sectorKeys = person.sectorKeys();
            builder.person(
                    person.id(),
                    person.name(),
                    person.role(),
                    person.organization(),
                    sectorKeys,
                    person.primarySector(),
                    person.member(),
                    person.stage());
            for (int o : affiliations[p]) {
                builder.affiliation(p, o);
            }
        }
        for (CoalitionGraph.Tie tie : ties) {
            builder.tie(tie.personA(), tie.personB(), tie.strength(), tie.context());
        }
        return builder.build();
    }

    /**
     * One new tie between two people not yet tied, on the unchanged graph (each call a fresh
     * derived graph, as {@code CurrentNetwork} applies a committed write): the cost of seeing an
     * edit without a full projection.
     */
    @Benchmark
    public CoalitionGraph withTie(Network network) {
        int i = next++ % PAIRS;
        return network.graph.withTie(pairA[i], pairB[i], 4, "board");
    }
}
