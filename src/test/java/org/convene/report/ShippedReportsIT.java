package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every shipped report runs on the demo city and answers the columns its header promises. */
@ConveneIntegrationTest
class ShippedReportsIT {

    /** The reports the issue asks for, each of which must ship. */
    static final List<String> REQUIRED = List.of(
            "coalition-roster",
            "sector-coverage",
            "newcomers",
            "stage-movements",
            "skeptics-and-laggards",
            "organizations-without-members",
            "ties-into-gaps",
            "weakly-tied-members",
            "partnerships-by-sector",
            "stale-records",
            "recent-changes",
            "headline-numbers");

    @LocalServerPort
    int port;

    @Autowired
    ReportCatalog catalog;

    @Test
    void everyRequiredReportShipsWithAReadableHeader() {
        List<Report> shipped = catalog.all().stream()
                .filter(r -> r.origin().equals(Report.SHIPPED))
                .toList();

        assertThat(shipped).extracting(Report::name).containsAll(REQUIRED);
        assertThat(shipped).allSatisfy(r -> assertThat(r.error()).as(r.name()).isNull());
    }

    @Test
    void everyShippedReportRunsOnTheDemoCityWithItsChartsColumns() {
        Map<String, String> problems = new java.util.TreeMap<>();
        for (Report report : catalog.all()) {
            if (!report.origin().equals(Report.SHIPPED)) {
                continue;
            }
            var answer = Api.on(port).asAdmin().get("/api/reports/" + report.name());
            if (answer.status() != 200) {
                problems.put(report.name(), answer.toString());
                continue;
            }
            JsonNode json = answer.json();
            List<String> columns = new ArrayList<>();
            json.get("columns").forEach(c -> columns.add(c.asString()));
            System.out.println(report.name() + " " + columns + " rows="
                    + json.get("rows").size() + " " + json.get("elapsedMs") + " ms; first "
                    + (json.get("rows").isEmpty() ? "-" : json.get("rows").get(0)));
            if (report.chart() != null) {
                assertThat(columns).as(report.name()).contains(report.chart().label());
                assertThat(columns).as(report.name()).containsAll(report.chart().values());
            }
        }
        assertThat(problems).isEmpty();
    }
}
