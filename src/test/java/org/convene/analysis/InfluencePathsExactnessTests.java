package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.convene.analysis.CoalitionGraph.PersonRef;
import org.convene.bench.NetworkGenerator;
import org.junit.jupiter.api.Test;

/**
 * The search against brute force on small networks of the bench's generator: every simple path
 * enumerated, then ranked.
 */
class InfluencePathsExactnessTests {

    @Test
    void theKBestPathsMatchBruteForceOnRandomNetworks() {
        Random random = new Random(20261123);
        int compared = 0;
        int withPaths = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 6 + random.nextInt(9);
            int ties = Math.min(n * (n - 1) / 2, n + random.nextInt(2 * n));
            // a quarter members; strengths 2 and 3 more often than the rest make many equal
            // probabilities, so that the tie-breaks matter
            CoalitionGraph graph = NetworkGenerator.of(n, ties)
                    .members(0.25)
                    .strengthPercent(2, 5, 5, 2, 2)
                    .upToEveryPair()
                    .generate(random.nextLong())
                    .toGraph();
            int target = random.nextInt(n);
            if (graph.isMember(target)) {
                continue;
            }
            int k = 1 + random.nextInt(8);
            int maxHops = 1 + random.nextInt(5);
            List<Integer> avoid = new ArrayList<>();
            if (random.nextBoolean()) {
                int avoided = random.nextInt(n);
                if (avoided != target) {
                    avoid.add(avoided);
                }
            }
            if (graph.memberCount() == avoid.stream().filter(graph::isMember).count()) {
                continue;
            }

            var reach = new InfluencePaths(graph).reach(target, k, maxHops, avoid);

            List<InfluencePath> all = bruteForce(graph, target, maxHops, avoid);
            List<InfluencePath> expected = PathRanking.rank(all).subList(0, Math.min(k, all.size()));
            assertThat(names(reach.paths())).as("trial %d", trial).isEqualTo(names(expected));
            compared++;
            withPaths += expected.isEmpty() ? 0 : 1;
        }
        // most trials compare real answers (218 of 300 ran, 207 of them with paths, at this seed)
        assertThat(compared).isGreaterThan(150);
        assertThat(withPaths).isGreaterThan(150);
    }

    private static List<InfluencePath> bruteForce(CoalitionGraph graph, int target, int maxHops, List<Integer> avoid) {
        List<InfluencePath> found = new ArrayList<>();
        for (int member : graph.members()) {
            if (!avoid.contains(member)) {
                extend(graph, target, maxHops, avoid, new ArrayList<>(List.of(member)), found);
            }
        }
        return found;
    }

    private static void extend(
            CoalitionGraph graph,
            int target,
            int maxHops,
            List<Integer> avoid,
            List<Integer> path,
            List<InfluencePath> found) {
        int last = path.get(path.size() - 1);
        if (last == target) {
            found.add(InfluencePath.of(
                    graph, path.stream().mapToInt(Integer::intValue).toArray()));
            return;
        }
        if (path.size() > maxHops) {
            return;
        }
        for (CoalitionGraph.Neighbour next : graph.neighbours(last)) {
            int u = next.person();
            if (!path.contains(u) && !avoid.contains(u) && (u == target || !graph.isMember(u))) {
                path.add(u);
                extend(graph, target, maxHops, avoid, path, found);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<List<String>> names(List<InfluencePath> paths) {
        return paths.stream()
                .map(p -> p.people().stream().map(PersonRef::name).toList())
                .toList();
    }
}
