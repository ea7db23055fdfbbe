package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.PageSession;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The steering brief as HTML and as PDF, read back as a committee member (and PDFBox) would. */
@ConveneIntegrationTest
class SteeringBriefIT {

    private static final String CHOSEN = "reports=sector-coverage,skeptics-and-laggards,newcomers";

    @LocalServerPort
    int port;

    @Autowired
    ReportSettings settings;

    @Autowired
    org.convene.system.Today today;

    ReportFolder folder;

    @BeforeEach
    void folder() {
        folder = new ReportFolder(settings);
    }

    @AfterEach
    void clear() {
        folder.clear();
    }

    private PageSession viewer() {
        return PageSession.signIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);
    }

    @Test
    void theBriefOpensWithTheCoalitionThePeriodAndTheHeadlineNumbersThenEachReport() {
        var page = viewer().text("/reports/brief?from=2026-07-01&to=today&" + CHOSEN);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("<h1>Halvern Community Schools Coalition</h1>")
                .contains("1 July 2026 – " + day(today.date()))
                .contains("Made on <span>" + day(today.date()))
                .contains("Headline numbers")
                .contains("<span class=\"figure-label\">people</span>")
                .contains("<span class=\"figure\">150</span>");
        int coverage = html.indexOf("<h2>Sector coverage</h2>");
        int skeptics = html.indexOf("<h2>Skeptics and laggards</h2>");
        int newcomers = html.indexOf("<h2>Newcomers in a period</h2>");
        assertThat(coverage).isPositive().isLessThan(skeptics);
        assertThat(skeptics).isLessThan(newcomers);
        assertThat(html).contains("from: 2026-07-01 · to: " + today.date() + " · sector: (any)");
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"");
        assertThat(html).contains("Helen Kwiatkowski");
        assertThat(html).doesNotContain("style=").doesNotContain("<script>");
    }

    private static String day(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    }

    @Test
    void thePeriodBindsToEveryReportsFromAndTo() {
        String html = viewer().text("/reports/brief?from=2026-07-01&to=2026-09-30&reports=newcomers,sector-coverage")
                .body();

        assertThat(html).contains("1 July 2026 – 30 September 2026");
        assertThat(html).contains("from: 2026-07-01 · to: 2026-09-30 · sector: (any)");
        assertThat(html).contains("<p class=\"parameters\">to: 2026-09-30</p>");
        assertThat(html).contains("At the end of the period, 30 September 2026.");
    }

    @Test
    void theBriefShowsFiftyRowsOfAReportAndCountsTheRest() {
        folder.report("sixty", "UNWIND range(1, 60) AS n RETURN n", "// param to: date = today");

        String html = viewer().text("/reports/brief?reports=sixty").body();

        assertThat(html).contains("<td class=\"num\">50</td>").doesNotContain("<td class=\"num\">51</td>");
        assertThat(html).contains("and 10 more rows");
    }

    @Test
    void aReportThatNeedsAParameterTheBriefCannotGiveAnswers400NamingIt() {
        folder.report("needs-person", "RETURN $person AS person", "// param person: person");

        var page = viewer().text("/reports/brief?reports=needs-person");

        assertThat(page.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownReportAnswers404AndAnAdminReport403ForAViewer() {
        assertThat(viewer().text("/reports/brief?reports=no-such-report").statusCode())
                .isEqualTo(404);
        assertThat(viewer().text("/reports/brief?reports=recent-changes").statusCode())
                .isEqualTo(403);
        assertThat(viewer().text("/reports/brief?from=soon").statusCode()).isEqualTo(400);
        assertThat(viewer().text("/reports/brief?colour=red").statusCode()).isEqualTo(400);
    }

    @Test
    void thePdfIsAPdfWithTheReportsTitlesInItsText() throws IOException {
        HttpResponse<byte[]> answer = viewer().bytes("/reports/brief.pdf?from=2026-07-01&to=today&" + CHOSEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"steering-brief-" + today.date() + ".pdf\"");
        byte[] pdf = answer.body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Path saved = Path.of("target", "steering-brief.pdf");
        Files.write(saved, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Halvern Community Schools Coalition")
                    .contains("1 July 2026 – " + day(today.date()))
                    .contains("Sector coverage")
                    .contains("Skeptics and laggards")
                    .contains("Newcomers in a period")
                    // a narrow column wraps the name onto two lines
                    .contains("Kwiatkowski");
            assertThat(document.getNumberOfPages())
                    .as("a cover and a page per report at least")
                    .isGreaterThanOrEqualTo(4);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).isEqualTo(595);
            assertThat(Math.round(page.getHeight())).isEqualTo(842);
        }
    }

    @Test
    void thePdfComesOnLetterPaperToo() throws IOException {
        byte[] pdf = viewer().bytes("/reports/brief.pdf?paper=letter&reports=headline-numbers")
                .body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).isEqualTo(612);
            assertThat(Math.round(page.getHeight())).isEqualTo(792);
        }
    }
}
