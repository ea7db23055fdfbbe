package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/** The map of the demo city in the browser, as an editor uses it. */
@ConveneIntegrationTest
class MapIT {

    static final String KENJI_TO_GORDON = "Kenji Morrow → Lionel Okereke → Gordon Ashby";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @BeforeEach
    void signIn() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleErrors(400)).isEmpty();
    }

    @Test
    void theMapShowsEveryPersonAndOrganizationInTheStore() {
        browser.openMap(null);

        long stored = neo4j.query("MATCH (e) WHERE e:Person OR e:Organization RETURN count(e)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(browser.mapData("node-count")).isEqualTo(Long.toString(stored));
        assertThat(browser.mapData("total-count")).isEqualTo(Long.toString(stored));
        assertThat(browser.find(By.id("map-count")).getText()).startsWith(stored + " shown");
        assertThat(browser.find(By.id("map-notice")).isDisplayed()).isFalse();
        WebElement legend = browser.visible(By.id("legend"));
        assertThat(legend.getText()).contains("coalition member", "organization", "strong tie", "Faith communities");
    }

    @Test
    void searchingForAPersonAndFocusingFadesEverythingOutsideTheirNeighbourhood() {
        browser.openMap(null);
        String odessa = personId("Odessa Merriweather");

        browser.pick(By.id("search"), "Odessa", "Odessa Merriweather");
        assertThat(browser.visible(By.id("panel-title")).getText()).isEqualTo("Odessa Merriweather");
        browser.waitUntil(d -> d.findElement(By.id("focus-1")).isEnabled());
        browser.find(By.id("focus-1")).click();

        browser.waitUntil(d -> odessa.equals(browser.mapData("focus")));
        long neighbourhood = neo4j.query("""
                MATCH (o:Person {name: 'Odessa Merriweather'})
                OPTIONAL MATCH (o)-[:KNOWS]-(n:Person)
                WITH o, collect(DISTINCT n) AS known
                WITH known + o AS people
                UNWIND people AS p
                OPTIONAL MATCH (p)-[:WORKS_AT]->(org:Organization)
                WITH size(people) AS people, count(DISTINCT org) AS organizations
                RETURN people + organizations
                """).fetchAs(Long.class).one().orElseThrow();
        assertThat(browser.mapData("focus-count")).isEqualTo(Long.toString(neighbourhood));

        // the address keeps the view: opening it again restores the focus
        String address = browser.driver().getCurrentUrl();
        assertThat(address).contains("focus=" + odessa);
        browser.openMap(address.substring(address.indexOf('#') + 1));
        browser.waitUntil(d -> odessa.equals(browser.mapData("focus")));
        assertThat(browser.mapData("focus-count")).isEqualTo(Long.toString(neighbourhood));
    }

    @Test
    void whoCanReachTheSuperintendentHighlightsTheBestChain() {
        browser.openMap(null);

        browser.find(By.id("preset-superintendent")).click();

        browser.waitUntil(d -> browser.mapData("path") != null);
        assertThat(browser.mapData("path")).isEqualTo(KENJI_TO_GORDON);
        WebElement best = browser.find(By.cssSelector("#reach-paths li:first-child button"));
        assertThat(best.getText()).contains(KENJI_TO_GORDON).contains("60%");
        assertThat(best.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.find(By.id("path-banner")).getText())
                .contains("Kenji Morrow → Lionel Okereke: strength 4", "Lionel Okereke → Gordon Ashby: strength 5");

        // choosing another path highlights only that one
        browser.find(By.cssSelector("#reach-paths li:nth-child(2) button")).click();
        browser.waitUntil(d -> !KENJI_TO_GORDON.equals(browser.mapData("path")));
        assertThat(browser.mapData("path")).endsWith("→ Gordon Ashby");
    }

    @Test
    void filteringASectorAwayDropsItsPeopleAndOrganizations() {
        browser.openMap(null);
        int before = Integer.parseInt(browser.mapData("node-count"));
        var viewer = Api.on(port).asViewer();
        long inBusiness = count(viewer.get("/api/people?limit=10000").json(), "business")
                + count(viewer.get("/api/organizations").json(), "business");
        assertThat(inBusiness).isPositive();

        WebElement business = browser.find(By.cssSelector("#sector-list input[value=business]"));
        business.click();

        browser.waitUntil(d -> Integer.parseInt(browser.mapData("node-count")) == before - inBusiness);
        assertThat(browser.driver().getCurrentUrl()).contains("hideSectors=business");
        browser.find(By.cssSelector("#sector-list input[value=business]")).click();
        browser.waitUntil(d -> Integer.parseInt(browser.mapData("node-count")) == before);
    }

    @Test
    void changingATieInThePanelChangesTheMapAndWhoCanReach() {
        var editor = Api.on(port).asEditor();
        JsonNode tie = tie(editor, "Kenji Morrow", "Lionel Okereke");
        String tieId = tie.get("id").asString();
        assertThat(tie.get("strength").asInt()).isEqualTo(4);
        try {
            browser.openMap(null);
            browser.pick(By.id("search"), "Kenji", "Kenji Morrow");
            WebElement row = browser.visible(By.cssSelector("#tie-list li[data-tie-id='" + tieId + "']"));
            new Select(row.findElement(By.name("strength"))).selectByValue("1");
            row.findElement(By.cssSelector("button[type=submit]")).click();

            browser.visible(By.id("panel-saved"));
            browser.waitUntil(d -> Long.valueOf(1)
                    .equals(browser.script("return cy.getElementById(arguments[0]).data('strength')", tieId)));
            assertThat(editor.get("/api/ties/" + tieId).json().get("strength").asInt())
                    .isEqualTo(1);

            browser.find(By.id("preset-superintendent")).click();
            String expected = names(Api.on(port)
                    .asViewer()
                    .get("/api/reach?target=role:Superintendent&k=1")
                    .json()
                    .get("paths")
                    .get(0)
                    .get("people"));
            assertThat(expected).isNotEqualTo(KENJI_TO_GORDON);
            browser.waitUntil(d -> expected.equals(browser.mapData("path")));
        } finally {
            var restored = editor.put(
                    "/api/ties/" + tieId,
                    Map.of("strength", 4, "context", tie.get("context").asString()));
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        }
        assertThat(names(Api.on(port)
                        .asViewer()
                        .get("/api/reach?target=role:Superintendent&k=1")
                        .json()
                        .get("paths")
                        .get(0)
                        .get("people")))
                .isEqualTo(KENJI_TO_GORDON);
    }

    @Test
    void aRejectedEditShowsTheMessageBesideTheField() {
        browser.openMap(null);
        browser.pick(By.id("search"), "Ilse", "Ilse Marchetti");
        browser.visible(By.xpath("//summary[contains(., 'Edit details')]")).click();
        WebElement name = browser.visible(By.id("person-edit-name"));
        name.clear();
        browser.find(By.cssSelector("#person-edit button[type=submit]")).click();

        WebElement message = browser.visible(By.id("person-edit-name-error"));
        assertThat(message.getText()).isNotBlank();
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getDomAttribute("aria-describedby")).isEqualTo("person-edit-name-error");
        assertThat(neo4j.query("MATCH (p:Person {name: 'Ilse Marchetti'}) RETURN count(p)")
                        .fetchAs(Long.class)
                        .one())
                .contains(1L);
        browser.consoleErrors(400);
    }

    private String personId(String name) {
        return neo4j.query("MATCH (p:Person {name: $name}) RETURN p.id")
                .bind(name)
                .to("name")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    private static JsonNode tie(Api api, String from, String to) {
        for (JsonNode tie :
                api.get("/api/ties?person=" + from.replace(" ", "%20")).json()) {
            if (tie.get("from").get("name").asString().equals(to)
                    || tie.get("to").get("name").asString().equals(to)) {
                return tie;
            }
        }
        throw new AssertionError("no tie between " + from + " and " + to);
    }

    private static long count(JsonNode elements, String sector) {
        long n = 0;
        for (JsonNode element : elements) {
            if (element.hasNonNull("sector") && element.get("sector").asString().equals(sector)) {
                n++;
            }
        }
        return n;
    }

    private static String names(JsonNode people) {
        var names = new ArrayList<String>();
        people.forEach(p -> names.add(p.get("name").asString()));
        return String.join(" → ", names);
    }
}
