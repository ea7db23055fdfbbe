package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Coverage, bridge-builders and recruits in the browser, each person one click from the map. */
@ConveneIntegrationTest
class InsightPagesIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @BeforeEach
    void signIn() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void coverageShowsTheUnengagedSectorsWithEntryPointsOneClickFromTheMap() {
        browser.open(port, "/coverage");

        List<String> gaps = browser.waitUntil(d -> {
            var items = browser.all(By.cssSelector("#gap-list > li"));
            return items.isEmpty()
                    ? null
                    : items.stream()
                            .map(li -> li.getDomAttribute("data-sector"))
                            .toList();
        });
        assertThat(gaps).containsExactlyInAnyOrder("business", "students", "teachers-union");
        assertThat(browser.all(By.cssSelector("#coverage-table tbody tr"))).hasSize(20);
        assertThat(browser.all(By.cssSelector("#coverage-table tr.unengaged"))).hasSize(3);
        assertThat(browser.find(By.id("coverage-chart")).getDomAttribute("role"))
                .isEqualTo("img");

        WebElement entry = browser.find(By.cssSelector("#gap-list li[data-sector=business] ul a"));
        String name = entry.getText();
        entry.click();
        browser.waitUntil(d -> "true".equals(browser.mapData("ready")));
        browser.waitUntil(d -> browser.mapData("focus") != null);
        assertThat(browser.visible(By.id("panel-title")).getText()).isEqualTo(name);
    }

    @Test
    void bridgeBuildersAndRecruitsLeadOntoTheMap() {
        browser.open(port, "/bridges");

        WebElement odessa =
                browser.visible(By.xpath("//ol[@id='bridges-list']/li[.//a[text()='Odessa Merriweather']]"));
        assertThat(odessa.getText()).contains("cutpoint");
        browser.waitUntil(
                d -> !browser.all(By.cssSelector("#recruit-list li[data-id]")).isEmpty());

        odessa.findElement(By.linkText("Odessa Merriweather")).click();
        browser.waitUntil(d -> "true".equals(browser.mapData("ready")));
        browser.waitUntil(d -> browser.mapData("focus") != null);
        assertThat(browser.visible(By.id("panel-title")).getText()).isEqualTo("Odessa Merriweather");
    }
}
