package org.convene.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.convene.bench.SyntheticNetwork;
import org.jgrapht.Graph;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seeded synthetic network every benchmark runs on, built once per trial by the generator
 * the bench command uses ({@link SyntheticNetwork}: Holme–Kim growth, sectors, organizations,
 * about 2% members), so a size here is the same network as {@code bench --people N --ties M
 * --seed 42}.
 */
@State(Scope.Benchmark)
public class Network {

    /** People in the network: the bench's reference size and a small one for quick checks. */
    @Param({"10000", "1000"})
    public int people;

    /** Ties per person: 10 gives the reference 10,000 people / 100,000 ties. */
    @Param({"10"})
    public int tiesPerPerson;

    /** The generator's seed (the bench's default). */
    @Param({"42"})
    public long seed;

    SyntheticNetwork synthetic;
    CoalitionGraph graph;
    Graph<Integer, Integer> ties;

    @Setup(Level.Trial)
    public void generate() {
        synthetic = SyntheticNetwork.generate(people, people * tiesPerPerson, seed);
        graph = synthetic.toGraph();
        ties = graph.asGraph();
    }

    /**
     * Up to {@code count} distinct non-members drawn with a seed of their own, as the bench
     * draws its reach targets.
     */
    int[] nonMembers(int count, long salt) {
        SplittableRandom random = new SplittableRandom(seed ^ salt);
        List<Integer> found = new ArrayList<>();
        int n = graph.personCount();
        for (int attempt = 0; attempt < 100 * count && found.size() < count; attempt++) {
            int p = random.nextInt(n);
            if (!graph.isMember(p) && !found.contains(p)) {
                found.add(p);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
