package org.convene.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Centrality and brokerage for every person, with networkx's conventions. */
@RestController
class MetricsController {

    private final NetworkMeasures measures;

    MetricsController(NetworkMeasures measures) {
        this.measures = measures;
    }

    @GetMapping("/api/metrics")
    List<Score> metrics(
            @RequestParam(defaultValue = "degree") String measure,
            @RequestParam(defaultValue = "false") boolean weighted) {
        var kind = NetworkMeasures.Kind.parse(measure);
        var graph = measures.graph();
        var scores = measures.measure(graph, kind, weighted);
        List<Score> answer = new ArrayList<>(graph.personCount());
        for (int person = 0; person < graph.personCount(); person++) {
            answer.add(new Score(graph.personId(person), graph.name(person), scores.score(person)));
        }
        answer.sort(Comparator.comparingDouble(Score::value).reversed().thenComparing(Score::name));
        return answer;
    }

    /** One person's value of the measure. */
    record Score(String id, String name, double value) {}
}
