package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The demo city loaded on first start has what its README promises. */
@ConveneIntegrationTest
class DemoCityIT {

    @Autowired
    Neo4jClient neo4j;

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
                .isEqualTo(541);
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
