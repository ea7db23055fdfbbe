package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pictures of the main views for the README. They go to {@code target/screenshots}, or where
 * {@code -Dscreenshots.dir=docs/screenshots} says when they are to be refreshed.
 */
@ConveneIntegrationTest
class ScreenshotsIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    private static Path file(String name) {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"))
                .resolve(name);
    }

    @Test
    void theMainViews() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);

        browser.openMap(null);
        browser.pick(By.id("search"), "Odessa", "Odessa Merriweather");
        browser.visible(By.id("panel-title"));
        browser.waitUntil(d -> !browser.all(By.cssSelector("#tie-list li")).isEmpty());
        pause();
        browser.find(By.id("fit")).click();
        browser.screenshot(file("map.png"));

        browser.openMap(null);
        browser.find(By.id("preset-superintendent")).click();
        browser.waitUntil(d -> browser.mapData("path") != null);
        pause();
        browser.screenshot(file("reach.png"));

        browser.open(port, "/coverage");
        browser.visible(By.id("gaps"));
        pause();
        browser.screenshot(file("coverage.png"));

        browser.open(port, "/bridges");
        browser.waitUntil(d -> !browser.all(By.cssSelector("#bridges-list li[data-id]"))
                        .isEmpty()
                && !browser.all(By.cssSelector("#recruit-list li[data-id]")).isEmpty());
        browser.screenshot(file("bridges.png"));

        browser.open(port, "/people");
        browser.find(By.cssSelector("#people-table tbody tr")).click();
        browser.driver().navigate().back();
        browser.find(By.cssSelector("#people-table tbody tr[tabindex='0']"))
                .sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.screenshot(file("people.png"));

        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Lets an animated centring finish before the picture. */
    private static void pause() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
