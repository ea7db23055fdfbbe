package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Hand-checked figures of the shipped reports on a small fixture with a dated history in 2019,
 * long before anything of the demo city (whose dates are recent), so the demo's members, joins and
 * stage changes play no part on those days. The fixture:
 *
 * <pre>
 * Ada  member, joined 2019-01-15; works at Zz District (district schools, district level) since 2018
 * Ben  member, joined 2019-02-20; works at Zz School (site schools, site level);
 *      skeptic 2018-06-01, early majority 2019-04-10
 * Cy   member, joined 2019-04-05; own sector faith, no organization
 * Dee  joined 2018-11-01, left 2019-03-01; works at Zz Shop (business)
 * Eve  not a member; works at Zz Shop; laggard 2019-01-01, late majority 2019-05-20
 * Fay  member, joined 2019-05-01; at Zz Chapel (faith) until 2019-06-01, at Zz School from 2019-07-01
 * Gil  not a member; skeptic 2019-02-01
 * ties: Ada–Ben 4; Ada–Cy 2 since 2019-05-01; Ben–Cy 3 until 2019-06-15; Fay–Eve 5; Ada–Dee 5;
 *       Gil–Ada 3; Gil–Ben 4; Gil–Dee 5
 * </pre>
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Report ")
class ReportFiguresIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @BeforeEach
    void fixture() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (district:Sector {key: 'district-schools'}), (site:Sector {key: 'site-schools'}),
                          (faith:Sector {key: 'faith'}), (business:Sector {key: 'business'})
                    CREATE (zd:Element:Organization {id: 'zz-r-district', name: 'Zz Report District', level: 'district'})-[:IN_SECTOR]->(district),
                           (zs:Element:Organization {id: 'zz-r-school', name: 'Zz Report School', level: 'site'})-[:IN_SECTOR]->(site),
                           (zc:Element:Organization {id: 'zz-r-chapel', name: 'Zz Report Chapel', level: 'city'})-[:IN_SECTOR]->(faith),
                           (zh:Element:Organization {id: 'zz-r-shop', name: 'Zz Report Shop', level: 'city'})-[:IN_SECTOR]->(business),
                           (ada:Element:Person {id: 'zz-r-ada', name: 'Zz Report Ada', coalition: true, joinedAt: date('2019-01-15'), stage: 'innovator'}),
                           (ben:Element:Person {id: 'zz-r-ben', name: 'Zz Report Ben', coalition: true, joinedAt: date('2019-02-20'), stage: 'early majority'}),
                           (cy:Element:Person {id: 'zz-r-cy', name: 'Zz Report Cy', coalition: true, joinedAt: date('2019-04-05')})-[:IN_SECTOR]->(faith),
                           (dee:Element:Person {id: 'zz-r-dee', name: 'Zz Report Dee', coalition: false, joinedAt: date('2018-11-01'), leftAt: date('2019-03-01')}),
                           (eve:Element:Person {id: 'zz-r-eve', name: 'Zz Report Eve', coalition: false, stage: 'late majority'}),
                           (fay:Element:Person {id: 'zz-r-fay', name: 'Zz Report Fay', coalition: true, joinedAt: date('2019-05-01')}),
                           (gil:Element:Person {id: 'zz-r-gil', name: 'Zz Report Gil', coalition: false, stage: 'skeptic'}),
                           (ada)-[:WORKS_AT {id: 'zz-r-w1', since: date('2018-01-01')}]->(zd),
                           (ben)-[:WORKS_AT {id: 'zz-r-w2'}]->(zs),
                           (dee)-[:WORKS_AT {id: 'zz-r-w3'}]->(zh),
                           (eve)-[:WORKS_AT {id: 'zz-r-w4'}]->(zh),
                           (fay)-[:WORKS_AT {id: 'zz-r-w5', until: date('2019-06-01')}]->(zc),
                           (fay)-[:WORKS_AT {id: 'zz-r-w6', since: date('2019-07-01')}]->(zs),
                           (ada)-[:HAD_STAGE]->(:StageChange {stage: 'innovator', at: datetime('2018-12-01T10:00:00Z'), by: 'fixture'}),
                           (ben)-[:HAD_STAGE]->(:StageChange {stage: 'skeptic', at: datetime('2018-06-01T10:00:00Z'), by: 'fixture'}),
                           (ben)-[:HAD_STAGE]->(:StageChange {stage: 'early majority', at: datetime('2019-04-10T10:00:00Z'), by: 'fixture', note: 'after the site visit'}),
                           (eve)-[:HAD_STAGE]->(:StageChange {stage: 'laggard', at: datetime('2019-01-01T10:00:00Z'), by: 'fixture'}),
                           (eve)-[:HAD_STAGE]->(:StageChange {stage: 'late majority', at: datetime('2019-05-20T10:00:00Z'), by: 'fixture'}),
                           (gil)-[:HAD_STAGE]->(:StageChange {stage: 'skeptic', at: datetime('2019-02-01T10:00:00Z'), by: 'fixture'}),
                           (ada)-[:KNOWS {id: 'zz-r-k1', strength: 4}]->(ben),
                           (ada)-[:KNOWS {id: 'zz-r-k2', strength: 2, since: date('2019-05-01')}]->(cy),
                           (cy)-[:KNOWS {id: 'zz-r-k3', strength: 3, until: date('2019-06-15')}]->(ben),
                           (fay)-[:KNOWS {id: 'zz-r-k4', strength: 5, context: 'neighbour'}]->(eve),
                           (ada)-[:KNOWS {id: 'zz-r-k5', strength: 5}]->(dee),
                           (gil)-[:KNOWS {id: 'zz-r-k6', strength: 3}]->(ada),
                           (ben)-[:KNOWS {id: 'zz-r-k7', strength: 4, context: 'colleague'}]->(gil),
                           (gil)-[:KNOWS {id: 'zz-r-k8', strength: 5}]->(dee)
                    """).consume();
        }
    }

    private JsonNode rows(String report, String query) {
        var answer = Api.on(port).asViewer().get("/api/reports/" + report + "?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("rows");
    }

    /** The rows whose cells mention the fixture, as text. */
    private static List<String> fixtureRows(JsonNode rows) {
        List<String> found = new ArrayList<>();
        rows.forEach(row -> {
            if (row.toString().contains("Zz Report")) {
                found.add(row.toString());
            }
        });
        return found;
    }

    @Test
    void theNewcomersOfTheFirstQuarterAreAdaAndBenBySector() {
        JsonNode rows = rows("newcomers", "from=2019-01-01&to=2019-03-31");

        assertThat(rows.toString())
                .isEqualTo(
                        "[[\"Schools: district leadership\",1,[\"Zz Report Ada, Zz Report District (joined 2019-01-15)\"]],"
                                + "[\"Schools: principals, teachers and staff\",1,[\"Zz Report Ben, Zz Report School (joined 2019-02-20)\"]]]");
    }

    @Test
    void theNewcomersOfTheSecondQuarterAreCyAndFayWhoseAffiliationsAreNotInForce() {
        JsonNode rows = rows("newcomers", "from=2019-04-01&to=2019-06-30");

        assertThat(rows.toString())
                .isEqualTo("[[\"(no sector)\",1,[\"Zz Report Fay (joined 2019-05-01)\"]],"
                        + "[\"Faith communities\",1,[\"Zz Report Cy (joined 2019-04-05)\"]]]");
        assertThat(rows("newcomers", "from=2019-04-01&to=2019-06-30&sector=faith")
                        .toString())
                .isEqualTo("[[\"Faith communities\",1,[\"Zz Report Cy (joined 2019-04-05)\"]]]");
    }

    @Test
    void theStageMovementsOfTheSecondQuarterAreBensAndEves() {
        JsonNode rows = rows("stage-movements", "from=2019-04-01&to=2019-06-30");

        assertThat(rows.toString())
                .isEqualTo(
                        "[[\"2019-04-10\",\"Zz Report Ben\",\"skeptic\",\"early majority\",\"2018-06-01\",\"fixture\","
                                + "\"after the site visit\"],"
                                + "[\"2019-05-20\",\"Zz Report Eve\",\"laggard\",\"late majority\",\"2019-01-01\",\"fixture\",null]]");
        assertThat(rows("stage-movements", "from=2019-04-01&to=2019-06-30&person=Zz%20Report%20Eve")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aFirstStageOnRecordIsNoMovement() {
        assertThat(rows("stage-movements", "from=2018-01-01&to=2019-03-31").toString())
                .isEqualTo("[]");
    }

    @Test
    void theWeaklyTiedMembersAtTheEndOfJuneAreFayCyAndBen() {
        JsonNode rows = rows("weakly-tied-members", "to=2019-06-30");

        assertThat(rows.toString())
                .isEqualTo(
                        "[[\"Zz Report Fay\",null,null,0,null,1],"
                                + "[\"Zz Report Cy\",\"Faith communities\",null,1,\"Zz Report Ada\",1],"
                                + "[\"Zz Report Ben\",\"Schools: principals, teachers and staff\",\"Zz Report School\",1,\"Zz Report Ada\",2]]");
    }

    @Test
    void beforeCyJoinedAdaAndBenWereTiedOnlyToEachOther() {
        assertThat(rows("weakly-tied-members", "to=2019-03-31").toString())
                .isEqualTo(
                        "[[\"Zz Report Ada\",\"Schools: district leadership\",\"Zz Report District\",1,\"Zz Report Ben\",3],"
                                + "[\"Zz Report Ben\",\"Schools: principals, teachers and staff\",\"Zz Report School\",1,\"Zz Report Ada\",3]]");
    }

    @Test
    void theCoverageAtTheEndOfJuneCountsAdaBenAndCyAndSplitsTheSchoolsByLevel() {
        JsonNode rows = rows("sector-coverage", "to=2019-06-30");

        List<String> engaged = new ArrayList<>();
        rows.forEach(row -> {
            if (row.get(1).asInt() > 0) {
                engaged.add(row.toString());
            }
        });
        assertThat(engaged)
                .containsExactly(
                        "[\"Schools: district leadership\",1,1,0,\"engaged\",[\"Zz Report Ada\"]]",
                        "[\"Schools: principals, teachers and staff\",1,0,1,\"engaged\",[\"Zz Report Ben\"]]",
                        "[\"Faith communities\",1,null,null,\"engaged\",[\"Zz Report Cy\"]]");
        assertThat(rows.size()).as("every stored sector").isGreaterThanOrEqualTo(20);
        rows.forEach(row -> {
            if (row.get(1).asInt() == 0) {
                assertThat(row.get(4).asString()).isEqualTo("nobody at the table");
            }
        });
    }

    @Test
    void theSkepticAtTheEndOfJuneIsGilClosestToBen() {
        JsonNode rows = rows("skeptics-and-laggards", "to=2019-06-30");

        assertThat(fixtureRows(rows))
                .containsExactly("[\"Zz Report Gil\",\"skeptic\",null,null,\"Zz Report Ben\",4,\"colleague\"]");
        // before 10 April Ben was still a skeptic
        assertThat(fixtureRows(rows("skeptics-and-laggards", "to=2019-03-31")))
                .containsExactly(
                        "[\"Zz Report Ben\",\"skeptic\",\"Zz Report School\",\"Schools: principals, teachers and staff\","
                                + "\"Zz Report Ada\",4,null]",
                        "[\"Zz Report Gil\",\"skeptic\",null,null,\"Zz Report Ben\",4,\"colleague\"]",
                        "[\"Zz Report Eve\",\"laggard\",\"Zz Report Shop\",\"Business\",null,null,null]");
    }

    @Test
    void theHeadlineMembersAtTheEndOfJuneAreTheFixturesFour() {
        JsonNode row = rows("headline-numbers", "to=2019-06-30").get(0);

        assertThat(row.get(2).asInt()).as("members").isEqualTo(4);
        assertThat(row.get(4).asInt()).as("sectors engaged").isEqualTo(3);
    }

    /** Dee and Eve work at the shop; Ada and Fay each know one of them at strength 5, Ada first by name. */
    @Test
    void theShopHasNoMemberOnceDeeLeft() {
        assertThat(fixtureRows(rows("organizations-without-members", "to=2019-06-30")))
                .containsExactly(
                        "[\"Faith communities\",\"Zz Report Chapel\",\"city\",0,null]",
                        "[\"Business\",\"Zz Report Shop\",\"city\",2,\"Zz Report Ada knows Zz Report Dee (strength 5)\"]");
    }
}
