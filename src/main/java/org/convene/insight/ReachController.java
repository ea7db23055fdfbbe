package org.convene.insight;

import java.util.ArrayList;
import java.util.List;

import org.convene.analysis.CoalitionGraph;
import org.convene.analysis.InfluencePath;
import org.convene.analysis.InfluencePaths;
import org.convene.analysis.Introducers;
import org.convene.analysis.TieStrength;
import org.convene.system.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Who in our coalition can reach X, and through whom?" */
@RestController
class ReachController {

    private final CurrentNetwork network;

    ReachController(CurrentNetwork network) {
        this.network = network;
    }

    @GetMapping("/api/reach")
    ReachAnswer reach(
            @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "" + InfluencePaths.DEFAULT_K) int k,
            @RequestParam(required = false) List<String> avoid,
            @RequestParam(defaultValue = "" + InfluencePaths.DEFAULT_MAX_HOPS) int maxHops) {
        check(k, maxHops);
        CoalitionGraph graph = network.graph();
        int person = Targets.resolve(graph, target, "target");
        List<Integer> avoided = avoided(graph, person, avoid);
        var reach = new InfluencePaths(graph).reach(person, k, maxHops, avoided);
        return new ReachAnswer(
                Ref.of(reach.target()),
                reach.paths().stream().map(ReachController::path).toList(),
                Explanations.noPaths(reach),
                reach.nearestMembers().stream()
                        .map(n -> new ReachAnswer.Nearest(Ref.of(n.member()), n.hops()))
                        .toList(),
                k,
                maxHops,
                avoided.stream().map(a -> Ref.of(graph.ref(a))).toList());
    }

    /** Each member who can reach the target: their best chain and how many chains start with them. */
    @GetMapping("/api/reach/introducers")
    List<IntroducerAnswer> introducers(
            @RequestParam(required = false) String target,
            @RequestParam(required = false) List<String> avoid,
            @RequestParam(defaultValue = "" + InfluencePaths.DEFAULT_MAX_HOPS) int maxHops) {
        check(InfluencePaths.DEFAULT_K, maxHops);
        CoalitionGraph graph = network.graph();
        int person = Targets.resolve(graph, target, "target");
        return new Introducers(graph)
                .of(person, maxHops, avoided(graph, person, avoid)).stream()
                        .map(i -> new IntroducerAnswer(
                                Ref.of(i.member()), path(i.bestPath()), i.pathCount(), Explanations.pathCount(i)))
                        .toList();
    }

    /** A member who can open a door to the target. */
    record IntroducerAnswer(Ref member, ReachAnswer.Path bestPath, int pathCount, String pathCountLabel) {}

    private static void check(int k, int maxHops) {
        if (k < 1 || k > InfluencePaths.MAX_K) {
            throw InvalidRequestException.field("k", "'k' must be between 1 and " + InfluencePaths.MAX_K + ".");
        }
        if (maxHops < 1 || maxHops > InfluencePaths.MAX_HOPS) {
            throw InvalidRequestException.field(
                    "maxHops", "'maxHops' must be between 1 and " + InfluencePaths.MAX_HOPS + ".");
        }
    }

    private static List<Integer> avoided(CoalitionGraph graph, int target, List<String> avoid) {
        List<Integer> avoided = new ArrayList<>();
        if (avoid == null) {
            return avoided;
        }
        for (String name : avoid) {
            if (name == null || name.isBlank()) {
                continue;
            }
            int person = Targets.resolve(graph, name, "avoid");
            if (person == target) {
                throw InvalidRequestException.field("avoid", "The target cannot also be avoided.");
            }
            avoided.add(person);
        }
        return avoided;
    }

    static ReachAnswer.Path path(InfluencePath path) {
        List<Ref> people = path.people().stream().map(Ref::of).toList();
        List<ReachAnswer.Step> steps = path.ties().stream()
                .map(t -> new ReachAnswer.Step(t.strength(), TieStrength.probability(t.strength()), t.context()))
                .toList();
        return new ReachAnswer.Path(
                path.probability(), path.hops(), people, steps, Explanations.path(people, steps, path.probability()));
    }
}
