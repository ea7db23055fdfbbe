package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.convene.support.Api;
import org.convene.support.AtOnce;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A pair is stored once however many ask for it at the same moment: 20 pairs of people, each tie
 * created from both ends at once through real HTTP requests, store 20 ties, and each pair's loser
 * gets the 409; the same for affiliations, and for ties and partnerships that two imports (and the
 * API alongside one) write from both ends at once.
 */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Pair ")
class ConcurrentPairsIT {

    private static final int PAIRS = 20;

    /** The elements sheet of an import that only connects elements already stored. */
    private static final String NO_ELEMENTS = "Label,Type\n";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    List<String> organizations = new ArrayList<>();

    @BeforeEach
    void twentyPairsOfPeopleAndTwentyOrganizations() {
        var editor = Api.on(port).asEditor();
        for (int i = 0; i < PAIRS; i++) {
            left.add(id(editor.post("/api/people", Map.of("name", "Zz Pair Left " + i))));
            right.add(id(editor.post("/api/people", Map.of("name", "Zz Pair Right " + i))));
            organizations.add(id(editor.post(
                    "/api/organizations",
                    Map.of("name", "Zz Pair Org " + i, "sector", "site-schools", "level", "site"))));
        }
    }

    private static String id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private long stored(String type) {
        return neo4j.query("MATCH (a:Element)-[r:" + type + "]->(b:Element) "
                        + "WHERE a.name STARTS WITH 'Zz Pair ' AND b.name STARTS WITH 'Zz Pair ' RETURN count(r) AS n")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
    }

    private static Map<Integer, Long> byStatus(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    @Test
    void twentyTiesCreatedFromBothEndsAtOnceAreStoredOnceEachAndEachLoserGets409() throws Exception {
        List<Integer> statuses = AtOnce.run(2 * PAIRS, i -> () -> {
            int pair = i / 2;
            boolean fromLeft = i % 2 == 0;
            return Api.on(port)
                    .asEditor()
                    .post(
                            "/api/ties",
                            Map.of(
                                    "from", fromLeft ? left.get(pair) : right.get(pair),
                                    "to", fromLeft ? right.get(pair) : left.get(pair)))
                    .status();
        });

        assertThat(byStatus(statuses)).isEqualTo(Map.of(201, (long) PAIRS, 409, (long) PAIRS));
        assertThat(stored("KNOWS")).isEqualTo(PAIRS);
    }

    @Test
    void twentyAffiliationsEachCreatedTwiceAtOnceAreStoredOnceEach() throws Exception {
        List<Integer> statuses = AtOnce.run(
                2 * PAIRS,
                i -> () -> Api.on(port)
                        .asEditor()
                        .post(
                                "/api/affiliations",
                                Map.of(
                                        "person",
                                        left.get(i / 2),
                                        "organization",
                                        organizations.get(i / 2),
                                        "role",
                                        "Parent"))
                        .status());

        assertThat(byStatus(statuses)).isEqualTo(Map.of(201, (long) PAIRS, 409, (long) PAIRS));
        assertThat(stored("WORKS_AT")).isEqualTo(PAIRS);
    }

    @Test
    void twoImportsWritingTheSameTiesAndPartnershipsFromBothEndsAtOnceStoreEachOnce() throws Exception {
        String forwards = connections(false);
        String backwards = connections(true);
        List<Integer> statuses = AtOnce.run(
                2,
                i -> () -> Api.on(port)
                        .asEditor()
                        .importCsv("/api/import", NO_ELEMENTS, i == 0 ? forwards : backwards)
                        .status());

        assertThat(statuses).containsOnly(200);
        assertThat(stored("KNOWS")).isEqualTo(PAIRS);
        assertThat(stored("PARTNERS_WITH")).isEqualTo(PAIRS / 2);
    }

    @Test
    void anImportAndTheApiWritingTheSameTiesAtOnceStoreEachOnce() throws Exception {
        String backwards = connections(true);
        List<Integer> statuses = AtOnce.run(
                PAIRS + 1,
                i -> () -> i == PAIRS
                        ? Api.on(port)
                                .asEditor()
                                .importCsv("/api/import", NO_ELEMENTS, backwards)
                                .status()
                        : Api.on(port)
                                .asEditor()
                                .post("/api/ties", Map.of("from", left.get(i), "to", right.get(i)))
                                .status());

        assertThat(statuses.get(PAIRS)).as("the import").isEqualTo(200);
        assertThat(statuses.subList(0, PAIRS)).as("the API's ties").allMatch(s -> s == 201 || s == 409);
        assertThat(stored("KNOWS")).isEqualTo(PAIRS);
    }

    /**
     * A connections sheet with the 20 ties and 10 partnerships (organization 2k with 2k+1), each
     * written from the left end or, {@code reversed}, from the right.
     */
    private static String connections(boolean reversed) {
        StringBuilder sheet = new StringBuilder("From,To,Type\n");
        IntStream.range(0, PAIRS).forEach(i -> {
            String a = "Zz Pair Left " + i;
            String b = "Zz Pair Right " + i;
            sheet.append(reversed ? b : a).append(',').append(reversed ? a : b).append(",Knows\n");
        });
        IntStream.range(0, PAIRS / 2).forEach(k -> {
            String a = "Zz Pair Org " + (2 * k);
            String b = "Zz Pair Org " + (2 * k + 1);
            sheet.append(reversed ? b : a).append(',').append(reversed ? a : b).append(",Partners with\n");
        });
        return sheet.toString();
    }
}
