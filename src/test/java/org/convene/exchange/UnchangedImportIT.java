package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.convene.analysis.CoalitionGraph;
import org.convene.insight.CurrentNetwork;
import org.convene.network.GraphVersion;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import of rows that change nothing writes nothing (no element or connection is stamped as
 * changed) and keeps the projection the answers were computed on, so every cached answer
 * (betweenness on a large network, say) still holds; an import that changes a tie stamps that tie
 * alone and gives a new projection.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Unchanged ")
class UnchangedImportIT {

    private static final String ELEMENTS = """
            Label,Type,Sector,Coalition,Stage,Description,Tags
            Zz Unchanged Ada,Person,health,true,innovator,Runs the clinic's outreach,nurse;outreach
            Zz Unchanged Bo,Person,faith,false,,,
            Zz Unchanged Clinic,Organization,health,,,A clinic,
            Zz Unchanged Church,Organization,faith,,,,
            """;

    @Autowired
    Importer importer;

    @Autowired
    CurrentNetwork network;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    @Test
    void reImportingTheSameRowsKeepsTheGraphAndAChangedTieReplacesIt() {
        importer.importCsv(bytes(ELEMENTS), bytes(connections(3)), false, "test");
        CoalitionGraph before = network.graph();
        Map<String, String> stamped = stamps();
        assertThat(stamped).hasSize(7);

        long versionBefore = version.current();
        importer.importCsv(bytes(ELEMENTS), bytes(connections(3)), false, "test");
        assertThat(version.current())
                .as("nothing changed, so no instance needs to read the store again")
                .isEqualTo(versionBefore);
        assertThat(network.graph())
                .as("the same rows again: the same graph, so every answer cached on it stands")
                .isSameAs(before);
        assertThat(stamps()).as("and nothing is stamped as changed").isEqualTo(stamped);
        assertThat(lastImportChanged())
                .as("the import's audit entry counts no element changed")
                .isZero();

        importer.importCsv(bytes(ELEMENTS), bytes(connections(5)), false, "test");
        CoalitionGraph after = network.graph();
        assertThat(after).as("a changed strength is a new network").isNotSameAs(before);
        int ada = after.peopleLabelled("Zz Unchanged Ada").get(0);
        int bo = after.peopleLabelled("Zz Unchanged Bo").get(0);
        assertThat(after.strength(after.tieBetween(ada, bo).orElseThrow())).isEqualTo(5);
        Map<String, String> restamped = stamps();
        String tie = "Zz Unchanged Ada KNOWS Zz Unchanged Bo";
        assertThat(restamped.get(tie)).as("the changed tie is stamped anew").isNotEqualTo(stamped.get(tie));
        restamped.remove(tie);
        stamped.remove(tie);
        assertThat(restamped).as("nothing else is").isEqualTo(stamped);
    }

    private static String connections(int strength) {
        return """
                From,To,Type,Strength,Role,Since
                Zz Unchanged Ada,Zz Unchanged Bo,Knows,%d,,2025-03-01
                Zz Unchanged Ada,Zz Unchanged Clinic,Works at,,Nurse,2024-09-01
                Zz Unchanged Clinic,Zz Unchanged Church,Partners with,,,
                """.formatted(strength);
    }

    /** The number of elements the latest import's audit entry says it changed. */
    private long lastImportChanged() {
        String changes = neo4j.query(
                        "MATCH (a:AuditEntry {action: 'imported'}) RETURN a.changes ORDER BY a.at DESC LIMIT 1")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        return JsonMapper.builder()
                .build()
                .readTree(changes)
                .get("changed")
                .get("after")
                .asLong();
    }

    /** Who last changed each element and connection of the test, and when, by name. */
    private Map<String, String> stamps() {
        Map<String, String> stamps = new TreeMap<>();
        neo4j.query("""
                MATCH (e:Element) WHERE e.name STARTS WITH 'Zz Unchanged '
                RETURN e.name AS name, e.updatedBy + ' ' + toString(e.updatedAt) AS stamp
                UNION
                MATCH (e:Element)-[r]->(o:Element) WHERE e.name STARTS WITH 'Zz Unchanged '
                RETURN CASE WHEN e.name < o.name THEN e.name + ' ' + type(r) + ' ' + o.name
                            ELSE o.name + ' ' + type(r) + ' ' + e.name END AS name,
                       r.updatedBy + ' ' + toString(r.updatedAt) AS stamp
                """).fetch().all().forEach(row -> stamps.put((String) row.get("name"), (String) row.get("stamp")));
        return stamps;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
