package org.convene.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.convene.analysis.CoalitionGraph;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network's clusters: groups of people more tied among themselves than to the rest. */
@RestController
class CommunitiesController {

    private final NetworkMeasures measures;

    CommunitiesController(NetworkMeasures measures) {
        this.measures = measures;
    }

    @GetMapping("/api/communities")
    CommunitiesAnswer communities() {
        CoalitionGraph graph = measures.graph();
        var found = measures.communities(graph);
        List<List<String>> ids = new ArrayList<>();
        List<Cluster> details = new ArrayList<>();
        for (List<Integer> community : found.communities()) {
            ids.add(community.stream().map(graph::personId).toList());
            Map<String, Integer> sectors = new TreeMap<>();
            int members = 0;
            for (int person : community) {
                String sector = graph.primarySector(person);
                if (sector != null) {
                    sectors.merge(sector, 1, Integer::sum);
                }
                if (graph.isMember(person)) {
                    members++;
                }
            }
            details.add(new Cluster(
                    community.size(),
                    members,
                    sectors,
                    community.stream().map(p -> Ref.of(graph.ref(p))).toList()));
        }
        return new CommunitiesAnswer(found.modularity(), ids, details);
    }

    /** Newman modularity of the partition returned, the partition as ids, and each cluster described. */
    record CommunitiesAnswer(double modularity, List<List<String>> communities, List<Cluster> clusters) {}

    /** One cluster: its size, coalition members, people per primary sector, and its people. */
    record Cluster(int size, int coalitionMembers, Map<String, Integer> sectors, List<Ref> people) {}
}
