package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * The person as listed ({@link ListedPerson}) is one answer in the people list, the map, the
 * person's own page and the analysis, also for awkward data: a first affiliation whose
 * organization has no sector, and a later one whose organization has.
 */
@ConveneIntegrationTest
class ListedPersonIT {

    private static final String PREFIX = "Zz Listed";
    private static final String ROLE = "Zz listed courier";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphVersion version;

    /** No own sector, and the first affiliation has none: listed in the second one's. */
    private String plain;
    /** Their own sector: listed in it; their first affiliation is the one begun first. */
    private String ownSector;
    /** Knows both, who know each other not: brokers them across their sectors. */
    private String broker;

    @BeforeEach
    void anAwkwardNetwork() {
        // The app asks every organization for a sector; an import or a write around the app need not.
        neo4j.query("""
                CREATE (:Element:Organization {id: randomUUID(), name: $name, createdAt: datetime()})
                """).bind(PREFIX + " Zephyr Hall").to("name").run();
        String zephyr = neo4j.query("MATCH (o:Organization {name: $name}) RETURN o.id")
                .bind(PREFIX + " Zephyr Hall")
                .to("name")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        String alder = created(
                editor().post("/api/organizations", Map.of("name", PREFIX + " Alder Clinic", "sector", "health")));

        plain = created(editor().post("/api/people", person(PREFIX + " Ines Parrow", null)));
        ownSector = created(editor().post("/api/people", person(PREFIX + " Oren Marsh", "faith")));
        broker = created(editor().post("/api/people", person(PREFIX + " Bea Tollan", "business")));
        // made in this order, neither with a since: Zephyr Hall, which has no sector, comes first
        affiliation(plain, zephyr, null);
        affiliation(plain, alder, null);
        // made first but begun later: the earlier since puts Zephyr Hall first
        affiliation(ownSector, alder, "2025-06-01");
        affiliation(ownSector, zephyr, "2020-01-15");
        for (String person : List.of(plain, ownSector)) {
            created(editor().post("/api/ties", Map.of("from", broker, "to", person, "strength", 3)));
        }
    }

    private void affiliation(String person, String organization, String since) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("organization", organization);
        body.put("since", since);
        created(editor().post("/api/affiliations", body));
    }

    @AfterEach
    void removeTheAwkwardNetwork() {
        neo4j.query("""
                MATCH (e:Element) WHERE e.name STARTS WITH $prefix
                OPTIONAL MATCH (e)-[:HAD_STAGE]->(c:StageChange)
                DETACH DELETE c, e
                """).bind(PREFIX).to("prefix").run();
        version.bump();
    }

    @Test
    void thePeopleListNamesTheEarliestAffiliationAndTheFirstSectorFound() {
        var rows = Api.on(port).asViewer().get("/api/people?q=zz%20listed").json();

        assertThat(listing(row(rows, plain))).containsExactly(PREFIX + " Zephyr Hall", "health");
        assertThat(listing(row(rows, ownSector))).containsExactly(PREFIX + " Zephyr Hall", "faith");
    }

    @Test
    void theMapShowsThemWithTheSameOrganizationAndSector() {
        var nodes = StreamSupport.stream(
                        Api.on(port)
                                .asViewer()
                                .get("/api/map")
                                .json()
                                .get("nodes")
                                .spliterator(),
                        false)
                .map(node -> node.get("data"))
                .toList();

        assertThat(listing(row(nodes, plain))).containsExactly(PREFIX + " Zephyr Hall", "health");
        assertThat(listing(row(nodes, ownSector))).containsExactly(PREFIX + " Zephyr Hall", "faith");
    }

    @Test
    void theirPageShowsTheSameOrganizationAndSectorAndAffiliationsFirstToLast() {
        var page = Api.on(port).asViewer().get("/api/people/" + plain).json();

        assertThat(listing(page)).containsExactly(PREFIX + " Zephyr Hall", "health");
        assertThat(page.get("ownSector").isNull()).isTrue();
        assertThat(page.get("affiliations")
                        .get(0)
                        .get("organization")
                        .get("name")
                        .asString())
                .isEqualTo(PREFIX + " Zephyr Hall");
        assertThat(listing(
                        Api.on(port).asViewer().get("/api/people/" + ownSector).json()))
                .containsExactly(PREFIX + " Zephyr Hall", "faith");
    }

    @Test
    void theAnalysisCountsThemInTheSameSectorAndNamesTheSameOrganization() {
        assertThat(brokeredSectors()).containsExactly("faith", "health");
        assertThat(candidates())
                .containsEntry(plain, PREFIX + " Zephyr Hall")
                .containsEntry(ownSector, PREFIX + " Zephyr Hall");
    }

    @Test
    void anEditToThePersonKeepsHowTheAnalysisListsThem() {
        // a saved person is updated in the analysis in place, through a read of that person alone
        var edit = new HashMap<String, Object>();
        edit.put("name", PREFIX + " Ines Parrow");
        edit.put("description", "Carries messages between the clinic and the hall");
        assertThat(editor().put("/api/people/" + plain, edit).status()).isEqualTo(200);

        assertThat(brokeredSectors()).containsExactly("faith", "health");
        assertThat(candidates()).containsEntry(plain, PREFIX + " Zephyr Hall");
    }

    private List<String> brokeredSectors() {
        var bridges = Api.on(port).asViewer().get("/api/bridges?top=1000").json();
        return StreamSupport.stream(row(bridges, broker).get("sectors").spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    /** The people the analysis offers for a role several share, with the organization it names. */
    private Map<String, String> candidates() {
        var answer = Api.on(port).asViewer().get("/api/reach?target=role:" + ROLE.replace(" ", "%20"));
        assertThat(answer.status()).isEqualTo(409);
        Map<String, String> organizations = new HashMap<>();
        answer.json()
                .get("candidates")
                .forEach(c -> organizations.put(
                        c.get("id").asString(), c.get("organization").asString()));
        return organizations;
    }

    private Api editor() {
        return Api.on(port).asEditor();
    }

    private static Map<String, Object> person(String name, String sector) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("sector", sector);
        if (!name.endsWith("Tollan")) {
            person.put("role", ROLE);
        }
        return person;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode row(Iterable<JsonNode> rows, String id) {
        for (JsonNode row : rows) {
            if (id.equals(row.get("id").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id + " in " + rows);
    }

    private static List<String> listing(JsonNode person) {
        return List.of(
                person.get("organization").asString(), person.get("sector").asString());
    }
}
