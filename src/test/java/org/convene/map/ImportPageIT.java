package org.convene.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.convene.support.Browser;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The upload page as an editor uses it: pick, check (the dry run), read the problems or confirm. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Ip ")
class ImportPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @TempDir
    Path files;

    @AfterEach
    void noScriptErrors() {
        // the bad files are answered 400 on purpose; the page shows them, the console need not
        assertThat(browser.consoleErrors(400)).isEmpty();
    }

    private long people(String prefix) {
        return neo4j.query("MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN count(p)")
                .bind(prefix)
                .to("prefix")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
    }

    private Path workbook(String name, List<List<Object>> elements, List<List<Object>> connections) throws IOException {
        Path file = files.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            fill(workbook.createSheet("Elements"), elements);
            fill(workbook.createSheet("Connections"), connections);
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(value));
                }
            }
        }
    }

    private Path text(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void openAsEditor() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        browser.open(port, "/import");
        browser.find(By.id("import-form"));
    }

    private void pickCsv(Path elements, Path connections) {
        browser.find(By.cssSelector("input[name=kind][value=csv]")).click();
        browser.visible(By.id("elements")).sendKeys(elements.toString());
        browser.find(By.id("connections")).sendKeys(connections.toString());
    }

    private List<String> summaryRow(String kind) {
        return browser
                .find(By.cssSelector("#summary-table tr[data-kind=" + kind + "]"))
                .findElements(By.cssSelector("th, td"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void anEditorChecksAWorkbookSeesWhatItWouldChangeAndImportsIt() throws IOException {
        // given
        Path file = workbook(
                "network.xlsx",
                List.of(
                        List.of("Label", "Type", "Organization", "Coalition"),
                        List.of("Ip Riverside Clinic", "Organization", "", ""),
                        List.of("Ip Ada Lind", "Person", "Ip Riverside Clinic", "yes"),
                        List.of("Ip Bo Lind", "Person", "", "no"),
                        List.of("Odessa Merriweather", "Person", "", "")),
                List.of(
                        List.of("From", "To", "Strength"),
                        List.of("Ip Ada Lind", "Ip Bo Lind", 4),
                        List.of("Ip Bo Lind", "Odessa Merriweather", 2)));
        openAsEditor();

        // when
        browser.find(By.id("workbook")).sendKeys(file.toString());
        browser.find(By.id("check")).click();

        // then
        browser.visible(By.id("summary"));
        assertThat(summaryRow("people")).containsExactly("People", "3", "2", "1");
        assertThat(summaryRow("organizations")).containsExactly("Organizations", "1", "1", "0");
        assertThat(summaryRow("ties")).containsExactly("Ties", "2", "2", "0");
        assertThat(summaryRow("affiliations")).containsExactly("Affiliations", "1", "1", "0");
        assertThat(browser.find(By.id("summary")).getText()).contains("Nothing has been written yet");
        assertThat(people("Ip ")).as("a dry run writes nothing").isZero();

        // when
        browser.find(By.id("confirm")).click();

        // then
        assertThat(browser.visible(By.id("result-text")).getText())
                .isEqualTo("The file is in: 3 people, 1 organization, 2 ties, 1 affiliation, 0 partnerships.");
        assertThat(browser.find(By.id("summary")).isDisplayed()).isFalse();
        assertThat(people("Ip ")).isEqualTo(2);
    }

    @Test
    void aBadFileShowsEveryProblemInATableAndWritesNothing() throws IOException {
        // given
        Path elements = text("elements.csv", "Label,Type,Stage\nIp Cy Moss,Person,dreamer\nIp Di Moss,Robot,\n");
        Path connections = text("connections.csv", "From,To,Strength\nIp Cy Moss,Ip Nobody,9\n");
        openAsEditor();

        // when
        pickCsv(elements, connections);
        browser.find(By.id("check")).click();

        // then
        browser.visible(By.id("problems"));
        assertThat(browser.find(By.id("problems-summary")).getText())
                .isEqualTo("The import has 4 errors, so nothing was imported.");
        List<List<String>> rows = browser.all(By.cssSelector("#errors-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
        assertThat(rows)
                .extracting(row -> String.join(" | ", row.subList(0, 3)))
                .containsExactly(
                        "elements | 2 | Stage",
                        "elements | 3 | Type",
                        "connections | 2 | To",
                        "connections | 2 | Strength");
        assertThat(rows.get(0).get(3)).contains("\"dreamer\"");
        assertThat(browser.find(By.id("summary")).isDisplayed()).isFalse();
        assertThat(people("Ip ")).isZero();
    }

    @Test
    void aFileThatIsNoWorkbookIsOneProblemAboutTheWholeFile() throws IOException {
        // given
        Path notAWorkbook = text("network.xlsx", "Label,Type\nIp Ed Moss,Person\n");
        openAsEditor();

        // when
        browser.find(By.id("workbook")).sendKeys(notAWorkbook.toString());
        browser.find(By.id("check")).click();

        // then
        browser.visible(By.id("problems"));
        List<WebElement> cells =
                browser.find(By.cssSelector("#errors-table tbody tr")).findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("workbook");
        assertThat(cells.get(1).getText()).isEqualTo("the whole file");
        assertThat(cells.get(3).getText()).contains("not an Excel workbook");
    }

    @Test
    void aLargeImportShowsItsPhaseAndRowsWhileItRunsAndTheResultAtTheEnd() throws IOException {
        // given: 100,000 rows, which take several seconds to check and write even on a quiet machine
        // (20,000 took 0.8 s there, less than the page's polling needs to show a count)
        StringBuilder elements = new StringBuilder("Label,Type\n");
        StringBuilder connections = new StringBuilder("From,To,Strength\n");
        int people = 25_000;
        for (int i = 0; i < people; i++) {
            elements.append("Ip Bulk ").append(i).append(",Person\n");
        }
        for (int i = 0; i < 75_000; i++) {
            int a = i % people;
            int b = (a + 1 + i / people) % people;
            connections
                    .append("Ip Bulk ")
                    .append(a)
                    .append(",Ip Bulk ")
                    .append(b)
                    .append(",3\n");
        }
        Path elementsFile = text("elements.csv", elements.toString());
        Path connectionsFile = text("connections.csv", connections.toString());
        openAsEditor();
        pickCsv(elementsFile, connectionsFile);
        browser.find(By.id("check")).click();
        browser.visible(By.id("summary"));

        // when
        browser.find(By.id("confirm")).click();

        // then
        WebElement progress = browser.visible(By.id("progress"));
        assertThat(browser.find(By.id("progress-title")).getText()).isEqualTo("Importing");
        String status = browser.waitUntil(d -> {
            String text = browser.find(By.id("progress-text")).getText();
            return text.matches("(Checking every row|Writing): [0-9,]+ of [0-9,]+ rows…") ? text : null;
        });
        assertThat(status).endsWith("rows…");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(5))
                .until(d -> browser.find(By.id("result")).isDisplayed());
        assertThat(progress.isDisplayed()).isFalse();
        assertThat(browser.find(By.id("result-text")).getText())
                .startsWith("The file is in: 25,000 people, 0 organizations, 75,000 ties");
        assertThat(people("Ip Bulk ")).isEqualTo(people);
    }

    @Test
    void aViewerHasNoImportLinkAndIsRefusedThePage() {
        browser.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
        browser.open(port, "/people");
        assertThat(browser.find(By.cssSelector("header.top nav")).getText()).doesNotContain("Import");

        browser.open(port, "/import");

        assertThat(browser.find(By.tagName("main")).getText()).contains("Your role does not allow this page.");
        assertThat(browser.all(By.id("import-form"))).isEmpty();
        browser.consoleErrors(403);
    }

    @Test
    void anEditorHasTheImportLinkInTheNavigation() {
        browser.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD);
        browser.open(port, "/people");

        browser.find(By.linkText("Import")).click();

        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/import"));
        assertThat(browser.find(By.cssSelector("header.top nav a[aria-current=page]"))
                        .getText())
                .isEqualTo("Import");
    }
}
