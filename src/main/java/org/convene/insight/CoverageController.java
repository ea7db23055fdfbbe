package org.convene.insight;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.convene.analysis.SectorCoverage;
import org.convene.system.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Which sectors of the community have nobody at the table?" */
@RestController
class CoverageController {

    private final CurrentNetwork network;

    CoverageController(CurrentNetwork network) {
        this.network = network;
    }

    /**
     * Every sector with its members and its entry points, best first: all of them unless
     * {@code entryPoints} limits how many each sector lists.
     */
    @GetMapping("/api/coverage")
    List<CoverageAnswer> coverage(@RequestParam(required = false) Integer entryPoints) {
        if (entryPoints != null && entryPoints < 0) {
            throw InvalidRequestException.field("entryPoints", "'entryPoints' must not be negative.");
        }
        return new SectorCoverage(network.graph())
                .sectors(entryPoints == null ? Integer.MAX_VALUE : entryPoints).stream()
                        .map(CoverageAnswer::of)
                        .toList();
    }

    /** One sector of the outreach checklist: who is at the table, and the best ways in. */
    record CoverageAnswer(
            String sector,
            String title,
            int engaged,
            boolean unengaged,
            List<Ref> members,
            List<Level> levels,
            List<EntryPoint> entryPoints) {

        static CoverageAnswer of(SectorCoverage.Coverage c) {
            return new CoverageAnswer(
                    c.sector(),
                    c.title(),
                    c.engaged(),
                    c.unengaged(),
                    c.members().stream().map(Ref::of).toList(),
                    c.levels().stream()
                            .map(l -> new Level(
                                    l.level(),
                                    l.engaged(),
                                    l.members().stream().map(Ref::of).toList()))
                            .toList(),
                    c.entryPoints().stream()
                            .map(e -> new EntryPoint(
                                    Ref.of(e.person()), Ref.of(e.via()), e.hasVia() ? e.strength() : null))
                            .toList());
        }
    }

    /** Members of a schools sector at one organization level. */
    record Level(String level, int engaged, List<Ref> members) {}

    /** A non-member of the sector and the member with the strongest tie to them; no {@code via} when none knows them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryPoint(Ref person, Ref via, Integer strength) {}
}
