package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.convene.system.Today;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports page in a browser, as a viewer: open a report, run it with a changed date, sort its
 * table, and put a brief together. Pictures for the README go to {@code target/screenshots}, or
 * where {@code -Dscreenshots.dir=docs/screenshots} says.
 */
@ConveneIntegrationTest
class ReportsPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    Today today;

    private static Path file(String name) {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"))
                .resolve(name);
    }

    @Test
    void aViewerRunsAReportWithAChangedDateAndSortsItsTable() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/reports");
        browser.find(By.cssSelector("#report-list li[data-name='newcomers'] a")).click();

        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/reports/newcomers"));
        WebElement from = browser.find(By.id("p-from"));
        assertThat(from.getDomAttribute("type")).isEqualTo("date");
        assertThat(from.getDomProperty("value")).endsWith("-01");
        browser.find(By.cssSelector("#report-table tbody tr"));

        String start = today.date().withDayOfYear(1).toString();
        browser.script("arguments[0].value = arguments[1]", from, start);
        browser.find(By.id("run-report")).click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("from=" + start));
        assertThat(browser.find(By.id("p-from")).getDomProperty("value")).isEqualTo(start);
        assertThat(browser.find(By.id("result-summary")).getText()).contains("rows in");
        assertThat(browser.find(By.id("csv-download")).getDomAttribute("href"))
                .startsWith("/reports/newcomers.csv?from=" + start);
        browser.waitUntil(d -> "true".equals(browser.find(By.id("report-chart")).getDomAttribute("data-ready")));

        WebElement sector = browser.find(By.cssSelector("#report-table thead th:first-child"));
        sector.findElement(By.cssSelector("button.sort")).click();
        assertThat(sector.getDomAttribute("aria-sort")).isEqualTo("ascending");
        String first = browser.find(By.cssSelector("#report-table tbody tr:first-child td:first-child"))
                .getText();
        sector.findElement(By.cssSelector("button.sort")).click();
        assertThat(sector.getDomAttribute("aria-sort")).isEqualTo("descending");
        String last = browser.find(By.cssSelector("#report-table tbody tr:first-child td:first-child"))
                .getText();
        assertThat(first.compareToIgnoreCase(last)).isLessThanOrEqualTo(0);
        browser.screenshot(file("report.png"));

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBadValueIsShownBesideItsField() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/reports/ties-into-gaps?top=lots");

        assertThat(browser.find(By.id("report-failure")).getText()).contains("'top' must be a whole number");
        assertThat(browser.find(By.id("p-top")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aPersonParameterHasATypeAhead() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/reports/stage-movements");

        browser.pick(By.id("p-person"), "Gordon", "Gordon Ashby");

        assertThat(browser.find(By.id("p-person")).getDomProperty("value")).isEqualTo("Gordon Ashby");
        browser.find(By.id("run-report")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("person=Gordon+Ashby"));
        assertThat(browser.find(By.id("result-summary")).getText()).contains("rows in");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aCoordinatorPutsTheBriefTogetherForTheLastQuarter() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        browser.open(port, "/reports");
        browser.find(By.id("brief-sector-coverage")).click();
        browser.find(By.id("brief-skeptics-and-laggards")).click();
        browser.find(By.id("brief-newcomers")).click();
        Quarter last = Quarter.recent(today.date(), 2).get(1);
        assertThat(browser.find(By.id("brief-from")).getDomProperty("value"))
                .isEqualTo(last.from().toString());
        assertThat(browser.find(By.id("brief-to")).getDomProperty("value"))
                .isEqualTo(last.to().toString());
        browser.screenshot(file("reports.png"));

        browser.find(By.id("open-brief")).click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/reports/brief?"));
        assertThat(browser.find(By.cssSelector(".cover h1")).getText())
                .isEqualTo("Halvern Community Schools Coalition");
        assertThat(browser.all(By.cssSelector("section.report h2")))
                .extracting(WebElement::getText)
                .as("in the form's order, by title")
                .containsExactly("Newcomers in a period", "Sector coverage", "Skeptics and laggards");
        assertThat(browser.find(By.id("brief-pdf")).getDomAttribute("href")).startsWith("/reports/brief.pdf?from=");
        browser.screenshot(file("brief-last-quarter.png"));

        // The README's pictures show the quarter so far: the demo city's members joined today.
        browser.open(port, "/reports/brief?reports=sector-coverage,skeptics-and-laggards,newcomers");
        browser.find(By.cssSelector("section.report svg.chart"));
        browser.screenshot(file("brief.png"));
        browser.script("window.scrollTo(0, document.querySelector('#report-sector-coverage').offsetTop)");
        browser.screenshot(file("brief-report.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
