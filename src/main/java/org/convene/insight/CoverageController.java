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

    @GetMapping("/api/coverage")
    List<CoverageAnswer> coverage(@RequestParam(defaultValue = "" + SectorCoverage.DEFAULT_ENTRY_POINTS) int entryPoints) {
        if (entryPoints < 0 || entryPoints > 100) {
            throw InvalidRequestException.field("entryPoints", "'entryPoints' must be between 0 and 100.");
        }
        return new SectorCoverage(network.graph()).sectors(entryPoints).stream().map(CoverageAnswer::of).toList();
    }

    /** One sector of the outreach checklist: who is at the table, and the best ways in. */
    record CoverageAnswer(String sector, String title, int engaged, boolean unengaged, List<Ref> members,
            List<Level> levels, List<EntryPoint> entryPoints) {

        static CoverageAnswer of(SectorCoverage.Coverage c) {
            return new CoverageAnswer(c.sector(), c.title(), c.engaged(), c.unengaged(),
                    c.members().stream().map(Ref::of).toList(),
                    c.levels().stream().map(l -> new Level(l.level(), l.engaged(),
                            l.members().stream().map(Ref::of).toList())).toList(),
                    c.entryPoints().stream().map(e -> new EntryPoint(Ref.of(e.person()), Ref.of(e.via()),
                            e.hasVia() ? e.strength() : null)).toList());
        }
    }

    /** Members of a schools sector at one organization level. */
    record Level(String level, int engaged, List<Ref> members) {
    }

    /** A non-member of the sector and the member with the strongest tie to them; no {@code via} when none knows them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryPoint(Ref person, Ref via, Integer strength) {
    }
}
