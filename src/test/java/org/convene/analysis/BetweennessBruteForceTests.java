package org.convene.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.convene.analysis.TestNetworks.Tie;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/**
 * The Brandes kernels against the definition itself: every simple path between every pair is
 * enumerated, the shortest ones kept (lengths within a relative 1e-9 of the shortest count as
 * equal), and each inner person credited with the share of them it lies on. Random small graphs,
 * with strengths drawn so that equal-probability chains of different ties are common (.5 × .3 =
 * .15, strength 3 then 2 against one tie of strength 1).
 */
class BetweennessBruteForceTests {

    private static final int GRAPHS = 150;

    @Test
    void theBreadthFirstKernelEqualsTheCountOfShortestPathsOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(14);
        for (int g = 0; g < GRAPHS; g++) {
            Graph<String, Tie> graph = randomGraph(random, false);
            Map<String, Double> expected = bruteForce(graph, false);
            for (int threads = 1; threads <= 2; threads++) {
                Map<String, Double> actual = new BetweennessCentrality<>(graph, threads).getScores();
                expected.forEach((person, value) ->
                        assertThat(actual.get(person)).as(graph + " " + person).isCloseTo(value, within(1e-9)));
            }
        }
    }

    @Test
    void theDijkstraKernelEqualsTheCountOfLikeliestChainsOnRandomGraphsWithTies() {
        SplittableRandom random = new SplittableRandom(41);
        for (int g = 0; g < GRAPHS; g++) {
            Graph<String, Tie> graph = randomGraph(random, true);
            Map<String, Double> expected = bruteForce(graph, true);
            for (int threads = 1; threads <= 2; threads++) {
                Map<String, Double> actual = new BetweennessCentrality<>(graph, Tie::probability, threads).getScores();
                expected.forEach((person, value) ->
                        assertThat(actual.get(person)).as(graph + " " + person).isCloseTo(value, within(1e-9)));
            }
        }
    }

    @Test
    void theBruteForceReferenceCreditsTheMiddleOfTwoEquallyLikelyChainsWithHalf() {
        // Ann-Bob (.5) then Bob-Cy (.3) is as likely as Ann-Cy (.15).
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        TestNetworks.tie(graph, "Ann", "Bob", 3);
        TestNetworks.tie(graph, "Bob", "Cy", 2);
        TestNetworks.tie(graph, "Ann", "Cy", 1);

        assertThat(bruteForce(graph, true).get("Bob")).isCloseTo(0.5, within(1e-12));
        assertThat(bruteForce(graph, false).get("Bob")).isZero();
    }

    /** Up to 8 people, some of them unconnected; strengths 1–5, or only 3 and 2 and 1 for ties. */
    private static Graph<String, Tie> randomGraph(SplittableRandom random, boolean weighted) {
        Graph<String, Tie> graph = TestNetworks.emptyGraph();
        int n = 2 + random.nextInt(7);
        double density = 0.2 + 0.6 * random.nextDouble();
        boolean tieHeavy = random.nextBoolean();
        for (int v = 0; v < n; v++) {
            graph.addVertex("p" + v);
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextDouble() < density) {
                    int strength = !weighted ? 3 : tieHeavy ? 1 + random.nextInt(3) : 1 + random.nextInt(5);
                    TestNetworks.tie(graph, "p" + a, "p" + b, strength);
                }
            }
        }
        return graph;
    }

    /** Freeman's betweenness by enumerating every simple path: unordered pairs, unnormalised. */
    private static Map<String, Double> bruteForce(Graph<String, Tie> graph, boolean weighted) {
        List<String> people = new ArrayList<>(graph.vertexSet());
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        people.forEach(p -> scores.put(p, 0.0));
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                List<List<String>> paths = new ArrayList<>();
                List<Double> lengths = new ArrayList<>();
                List<String> path = new ArrayList<>(List.of(people.get(i)));
                walk(graph, weighted, people.get(j), path, 0.0, paths, lengths);
                double shortest =
                        lengths.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
                List<List<String>> kept = new ArrayList<>();
                for (int k = 0; k < paths.size(); k++) {
                    if (Math.abs(lengths.get(k) - shortest) <= 1e-9 * Math.max(1.0, shortest)) {
                        kept.add(paths.get(k));
                    }
                }
                for (List<String> p : kept) {
                    for (String inner : p.subList(1, p.size() - 1)) {
                        scores.merge(inner, 1.0 / kept.size(), Double::sum);
                    }
                }
            }
        }
        return scores;
    }

    private static void walk(
            Graph<String, Tie> graph,
            boolean weighted,
            String target,
            List<String> path,
            double length,
            List<List<String>> paths,
            List<Double> lengths) {
        String at = path.get(path.size() - 1);
        if (at.equals(target)) {
            paths.add(List.copyOf(path));
            lengths.add(length);
            return;
        }
        for (Tie tie : graph.edgesOf(at)) {
            String next = tie.from().equals(at) ? tie.to() : tie.from();
            if (path.contains(next)) {
                continue;
            }
            path.add(next);
            walk(
                    graph,
                    weighted,
                    target,
                    path,
                    length + (weighted ? -Math.log(tie.probability()) : 1.0),
                    paths,
                    lengths);
            path.remove(path.size() - 1);
        }
    }
}
