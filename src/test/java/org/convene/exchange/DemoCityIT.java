package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.convene.support.ConveneIntegrationTest;
import org.convene.system.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The demo city loaded on first start has what its README promises. */
@ConveneIntegrationTest
class DemoCityIT {

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Today today;

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void theCityHasAboutOneHundredFiftyPeopleAndSixtyOrganizations() {
        assertThat(count("MATCH (p:Person) WHERE p.createdBy = 'system' RETURN count(p)"))
                .isEqualTo(150);
        assertThat(count("MATCH (o:Organization) WHERE o.createdBy = 'system' RETURN count(o)"))
                .isEqualTo(61);
        assertThat(count("MATCH (p:Person {coalition: true}) WHERE p.createdBy = 'system' RETURN count(p)"))
                .isEqualTo(20);
        assertThat(count("MATCH (:Person)-[k:KNOWS {source: 'demo'}]->(:Person) RETURN count(k)"))
                .isEqualTo(545);
    }

    /** A date of the demo files, as loaded: moved by the days from the files' day to the load day. */
    private LocalDate loaded(String fileDate) {
        return LocalDate.parse(fileDate).plusDays(ChronoUnit.DAYS.between(DemoCity.WRITTEN_AS_OF, today.date()));
    }

    private long daysAgo(LocalDate date) {
        return ChronoUnit.DAYS.between(date, today.date());
    }

    @Test
    void membersJoinedOverTheLastTwoYearsSeveralOfThemThisQuarterAndTheLast() {
        List<LocalDate> joined =
                neo4j.query("""
                MATCH (p:Person {coalition: true}) WHERE p.createdBy = 'system' RETURN p.joinedAt ORDER BY p.joinedAt
                """).fetchAs(LocalDate.class).all().stream().toList();

        assertThat(joined).hasSize(20).doesNotContainNull();
        assertThat(joined.get(0)).isEqualTo(loaded("2024-07-01"));
        assertThat(joined.get(19)).isEqualTo(today.date());
        // by quarters counted back from today: 4 in the last 91 days, 2 in the 91 before
        assertThat(joined.stream().filter(d -> daysAgo(d) < 91)).hasSize(4);
        assertThat(joined.stream().filter(d -> daysAgo(d) >= 91 && daysAgo(d) < 182))
                .hasSize(2);
        assertThat(joined.stream().map(d -> daysAgo(d) / 91).distinct()).hasSize(8);
    }

    @Test
    void oneFormerMemberLeftAndKeepsTheDateHeJoined() {
        var leaver = neo4j.query("""
                MATCH (p:Person) WHERE p.leftAt IS NOT NULL
                RETURN p.name AS name, p.coalition AS coalition, p.joinedAt AS joinedAt, p.leftAt AS leftAt
                """).fetch().all();

        assertThat(leaver)
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .containsEntry("name", "Arjun Sabharwal")
                        .containsEntry("coalition", false)
                        .containsEntry("joinedAt", loaded("2024-10-02"))
                        .containsEntry("leftAt", loaded("2026-02-13")));
    }

    @Test
    void fourTiesAndOnePartnershipHaveEndedAndTheRestAreInForce() {
        List<String> ended = neo4j.query("""
                MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE k.until <= $today
                RETURN a.name + ' - ' + b.name ORDER BY a.name
                """).bind(today.date()).to("today").fetchAs(String.class).all().stream()
                .toList();

        assertThat(ended)
                .containsExactly(
                        "Dana Whitcombe - Catherine Thornbury-Wells",
                        "Graciela Munroe - Lorenzo Rinaldi",
                        "Priya Venkatesan - Quentin Montague",
                        "Tomas Adeyemi - Franklin Osei-Bonsu");
        assertThat(
                        count(
                                "MATCH (:Organization)-[r:PARTNERS_WITH]->(:Organization) WHERE r.until IS NOT NULL RETURN count(r)"))
                .isEqualTo(1);
        assertThat(count("MATCH ()-[k:KNOWS]->() WHERE k.since IS NOT NULL RETURN count(k)"))
                .isGreaterThan(400);
        assertThat(neo4j.query("MATCH ()-[k:KNOWS]->() RETURN max(k.since)")
                        .fetchAs(LocalDate.class)
                        .one()
                        .orElseThrow())
                .isBeforeOrEqualTo(today.date());
    }

    @Test
    void twoSkepticsBecameEarlyMajorityWithBothDatesInTheirHistory() {
        for (var mover : List.of(
                List.of("Howard Tsang", "2024-08-15", "2025-11-12"),
                List.of("Hiroshi Nakamura", "2024-09-05", "2026-04-09"))) {
            var history = neo4j.query("""
                    MATCH (p:Person {name: $name})-[:HAD_STAGE]->(c:StageChange)
                    RETURN p.stage AS current, c.stage AS stage, c.at AS at ORDER BY c.at
                    """).bind(mover.get(0)).to("name").fetch().all().stream()
                    .toList();

            assertThat(history).extracting(h -> h.get("stage")).containsExactly("skeptic", "early majority");
            assertThat(history)
                    .extracting(h -> ((ZonedDateTime) h.get("at"))
                            .withZoneSameInstant(today.zone())
                            .toLocalDate())
                    .containsExactly(loaded(mover.get(1)), loaded(mover.get(2)));
            assertThat(history.get(0)).containsEntry("current", "early majority");
        }
    }

    @Test
    void leadersResourcesAndPowerAreRated() {
        assertThat(neo4j.query("""
                MATCH (p:Person)-[w:WORKS_AT {leads: true}]->(o:Organization) RETURN p.name ORDER BY p.name
                """).fetchAs(String.class).all())
                .containsExactly(
                        "Gordon Ashby", "Lorraine Batiste", "Philip Nakashima", "Regina Holt", "Vivian Ashcombe");
        assertThat(count("MATCH (o:Organization) WHERE o.resources IS NULL RETURN count(o)"))
                .isZero();
        assertThat(neo4j.query("MATCH (o:Organization {resources: 5}) RETURN o.name ORDER BY o.name")
                        .fetchAs(String.class)
                        .all())
                .contains("Halvern Unified School District", "Halvern United Fund", "Halvern State University");
        assertThat(count("MATCH (p:Person) WHERE p.power IS NOT NULL RETURN count(p)"))
                .isEqualTo(24);
        assertThat(neo4j.query("MATCH (p:Person {noResources: true}) RETURN p.name ORDER BY p.name")
                        .fetchAs(String.class)
                        .all())
                .containsExactly("Kiara Lomax", "Luz Arreola");
    }

    @Test
    void samuelIdowuIsListedWhereHeWorksNowNotWhereHeTaught() {
        var samuel = neo4j.query("""
                MATCH (p:Person {name: 'Samuel Idowu'})-[w:WORKS_AT]->(o:Organization)
                RETURN o.name AS organization, w.until AS until ORDER BY o.name
                """).fetch().all().stream().toList();

        assertThat(samuel)
                .extracting(s -> s.get("organization"))
                .containsExactly("Mapleton Middle School", "Westbrook K-8 Academy");
        assertThat(samuel.get(0).get("until")).isNull();
        assertThat(samuel.get(1).get("until")).isEqualTo(loaded("2025-06-30"));
    }

    @Test
    void theSuperintendentIsNotYetAMember() {
        var superintendent = neo4j.query("""
                MATCH (p:Person {role: 'Superintendent'})-[:WORKS_AT]->(o:Organization)-[:IN_SECTOR]->(s:Sector)
                RETURN p.name AS name, p.coalition AS coalition, s.key AS sector, o.level AS level
                """).fetch().all();
        assertThat(superintendent).hasSize(1);
        assertThat(superintendent.iterator().next())
                .containsEntry("name", "Gordon Ashby")
                .containsEntry("coalition", false)
                .containsEntry("sector", "district-schools")
                .containsEntry("level", "district");
    }

    @Test
    void businessStudentsAndTheTeachersUnionHaveNobodyAtTheTable() {
        var engaged = neo4j.query("""
                MATCH (s:Sector) WHERE s.checklist
                OPTIONAL MATCH (m:Person {coalition: true})
                WHERE (m)-[:IN_SECTOR]->(s) OR (m)-[:WORKS_AT]->(:Organization)-[:IN_SECTOR]->(s)
                WITH s, count(DISTINCT m) AS members
                WHERE members = 0
                RETURN s.key AS key ORDER BY key
                """).fetchAs(String.class).all();
        assertThat(engaged).containsExactly("business", "students", "teachers-union");
    }

    @Test
    void theNeighbourhoodClusterIsReachedOnlyThroughOneBridgePerson() {
        List<Map<String, Object>> outside = List.copyOf(neo4j.query("""
                MATCH (r:Person)-[:KNOWS]-(other:Person)
                WHERE 'tanners-hollow' IN r.tags AND NOT 'tanners-hollow' IN coalesce(other.tags, [])
                RETURN DISTINCT r.name AS resident, r.coalition AS coalition
                """).fetch().all());
        assertThat(outside).hasSize(1);
        assertThat(outside.get(0))
                .containsEntry("resident", "Odessa Merriweather")
                .containsEntry("coalition", false);
        assertThat(count("MATCH (r:Person) WHERE 'tanners-hollow' IN r.tags RETURN count(r)"))
                .isEqualTo(12);
    }
}
