package org.convene.insight;

import java.util.List;

import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.RecruitNext;
import org.convene.system.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Whom should we recruit next, and who should ask them?" */
@RestController
class RecruitController {

    private final CurrentNetwork network;
    private final PerGraph<List<RecruitNext.Recruit>> ranking;

    RecruitController(CurrentNetwork network, NetworkMeasures measures) {
        this.network = network;
        // bridge value counts too: the betweenness cached for /api/metrics and /api/bridges
        this.ranking = new PerGraph<>(
                graph -> new RecruitNext(graph, measures.measure(graph, NetworkMeasures.Kind.BETWEENNESS, false)::score)
                        .top(1000));
    }

    @GetMapping("/api/recruit")
    List<RecruitAnswer> recruit(@RequestParam(defaultValue = "10") int top) {
        if (top < 1 || top > 1000) {
            throw InvalidRequestException.field("top", "'top' must be between 1 and 1000.");
        }
        CoalitionGraph graph = network.graph();
        return ranking.get(graph).stream()
                .limit(top)
                .map(r -> new RecruitAnswer(
                        r.person().id(),
                        r.person().name(),
                        r.score(),
                        Explanations.recruitReasons(graph, r),
                        Ref.of(r.approachVia()),
                        r.newSectors(),
                        r.newlyWithinReach(),
                        r.connectedSectors()))
                .toList();
    }

    /** A non-member worth recruiting, why, and who should ask them. */
    record RecruitAnswer(
            String id,
            String name,
            double score,
            List<String> reasons,
            Ref approachVia,
            List<String> newSectors,
            int newlyWithinReach,
            List<String> connectedSectors) {}
}
