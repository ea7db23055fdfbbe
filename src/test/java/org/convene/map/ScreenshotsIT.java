package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

        browser.open(port, "/account");
        browser.visible(By.id("tokens"));
        browser.screenshot(file("account.png"));

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theUploadPage() throws IOException {
        // a neighbourhood's own workbook: a partner organization with its people, two of Halvern's people again
        Path folder = Files.createTempDirectory("convene-screenshot-");
        Path workbook = folder.resolve("riverside.xlsx");
        try (XSSFWorkbook file = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(workbook)) {
            XSSFSheet elements = file.createSheet("Elements");
            XSSFSheet connections = file.createSheet("Connections");
            row(elements, 0, "Label", "Type", "Sector", "Organization", "Role", "Coalition");
            row(elements, 1, "Riverside Tenants Union", "Organization", "housing", "", "", "");
            row(elements, 2, "Odessa Merriweather", "Person", "", "", "", "yes");
            row(elements, 3, "Kenji Morrow", "Person", "", "", "", "");
            row(connections, 0, "From", "To", "Strength");
            String[] first = {"Amara", "Bashir", "Carmen", "Dmitri", "Esi", "Farid", "Greta", "Hiro", "Ines", "Jonah"};
            String[] last = {"Quill", "Rasmussen", "Tembo", "Voss"};
            for (int i = 0; i < 20; i++) {
                String name = first[i % first.length] + " " + last[i % last.length];
                row(elements, 4 + i, name, "Person", "", "Riverside Tenants Union", i == 0 ? "Organizer" : "Member");
                row(connections, 1 + i, name, i % 2 == 0 ? "Odessa Merriweather" : "Kenji Morrow", "" + (1 + i % 5));
            }
            file.write(out);
        }
        try {
            browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
            browser.open(port, "/import");
            browser.find(By.id("workbook")).sendKeys(workbook.toAbsolutePath().toString());
            browser.find(By.id("check")).click();
            browser.visible(By.id("summary"));
            browser.screenshot(file("import.png"));
        } finally {
            Files.deleteIfExists(workbook);
            Files.deleteIfExists(folder);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void row(XSSFSheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
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
