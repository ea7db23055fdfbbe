package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;

import org.convene.support.Api;
import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** A network far too large to draw whole opens on a part of it, says so, and keeps the page usable. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = LargeNetworkIT.PREFIX)
class LargeNetworkIT {

    static final int PEOPLE = 20_000;
    static final int TIES = 40_000;
    static final String PREFIX = "Map Bulk ";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void twentyThousandPeopleOpenOnThePartAroundTheCoalition() {
        importNetwork();
        long stored = neo4j.query("MATCH (e) WHERE e:Person OR e:Organization RETURN count(e)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(stored).isGreaterThan(PEOPLE);

        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        long started = System.nanoTime();
        browser.openMap(null);
        double seconds = (System.nanoTime() - started) / 1e9;

        var notice = browser.visible(By.id("map-notice"));
        assertThat(notice.getText()).contains("too many to draw at once", "coalition members");
        int shown = Integer.parseInt(browser.mapData("node-count"));
        assertThat(shown).isPositive().isLessThanOrEqualTo(NetworkMap.MAX_NODES);
        assertThat(browser.mapData("total-count")).isEqualTo(Long.toString(stored));
        assertThat(browser.find(By.id("map-count")).getText())
                .endsWith("of " + String.format("%,d", stored) + " in the network");
        assertThat(browser.script("return document.readyState")).isEqualTo("complete");
        System.out.printf("LargeNetworkIT: drew %d of %d nodes in %.1f s%n", shown, stored, seconds);

        // a person outside the part is searched for, and the map loads their neighbourhood
        browser.pick(By.id("search"), PREFIX + "12345", PREFIX + "12345");
        assertThat(browser.visible(By.id("panel-title")).getText()).isEqualTo(PREFIX + "12345");
        browser.waitUntil(d -> browser.find(By.id("map-notice")).getText().startsWith("Showing " + PREFIX + "12345"));
        assertThat(Integer.parseInt(browser.mapData("node-count"))).isLessThanOrEqualTo(NetworkMap.MAX_NODES);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void importNetwork() {
        var elements = new StringBuilder("Label,Type,Sector,Coalition,Stage\n");
        for (int i = 0; i < PEOPLE; i++) {
            elements.append(PREFIX)
                    .append(i)
                    .append(",Person,families,")
                    .append(i % 50 == 0 ? "yes" : "no")
                    .append(",early majority\n");
        }
        var connections = new StringBuilder("From,To,Type,Strength,Context\n");
        var random = new Random(11);
        var seen = new HashSet<Long>();
        while (seen.size() < TIES) {
            int a = random.nextInt(PEOPLE);
            int b = random.nextInt(PEOPLE);
            if (a == b || !seen.add((long) Math.min(a, b) * PEOPLE + Math.max(a, b))) {
                continue;
            }
            connections
                    .append(PREFIX)
                    .append(a)
                    .append(',')
                    .append(PREFIX)
                    .append(b)
                    .append(",Knows,")
                    .append(1 + random.nextInt(5))
                    .append(",colleague\n");
        }
        var answer = Api.on(port).asEditor().importCsv("/api/import", elements.toString(), connections.toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
