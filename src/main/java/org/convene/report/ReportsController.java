package org.convene.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports as the API: the list with each report's header, and a report run with its
 * parameters, as JSON or ({@code Accept: text/csv}) CSV. Any role may list; a report's own role
 * decides who may run it.
 */
@RestController
class ReportsController {

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final ReportArguments arguments;
    private final RoleHierarchy roles;

    ReportsController(ReportCatalog catalog, ReportRunner runner, ReportArguments arguments, RoleHierarchy roles) {
        this.catalog = catalog;
        this.runner = runner;
        this.arguments = arguments;
        this.roles = roles;
    }

    /** Every report with its header; one whose header cannot be read has its {@code error} and does not run. */
    @GetMapping("/api/reports")
    List<ReportListing> reports() {
        return catalog.all().stream().map(this::listing).toList();
    }

    /** Runs a report: {@code ?param=value} for each parameter its header names. */
    @GetMapping(value = "/api/reports/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportAnswer run(
            @PathVariable String name,
            @RequestParam MultiValueMap<String, String> parameters,
            Authentication authentication) {
        ReportResult result = result(name, parameters, authentication);
        return new ReportAnswer(
                result.report().name(),
                result.columns(),
                result.rows(),
                result.truncated(),
                result.elapsedMs(),
                result.parameters());
    }

    /** The same run as CSV, for a spreadsheet. */
    @GetMapping(value = "/api/reports/{name}", produces = "text/csv")
    void csv(
            @PathVariable String name,
            @RequestParam MultiValueMap<String, String> parameters,
            Authentication authentication,
            HttpServletResponse response)
            throws java.io.IOException {
        ReportResult result = result(name, parameters, authentication);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + result.report().name() + ".csv\"");
        ReportCsv.write(result, response.getOutputStream());
    }

    private ReportResult result(String name, MultiValueMap<String, String> parameters, Authentication authentication) {
        Report report = catalog.find(name).orElseThrow(() -> unknown(name));
        return runner.run(report, parameters, Caller.of(authentication, roles), runner.maxRows());
    }

    static NotFoundException unknown(String name) {
        return new NotFoundException("There is no report named '" + name + "'; GET /api/reports lists them.");
    }

    private ReportListing listing(Report report) {
        List<ParameterListing> parameters = report.parameters().stream()
                .map(p -> new ParameterListing(
                        p.name(),
                        p.type().key(),
                        p.required(),
                        p.defaultText(),
                        p.type() == ParameterType.DATE && p.hasDefault()
                                ? arguments
                                        .date(p.defaultText())
                                        .map(Object::toString)
                                        .orElse(null)
                                : p.defaultText(),
                        p.description()))
                .toList();
        ChartListing chart = report.chart() == null
                ? null
                : new ChartListing(
                        report.chart().kind().key(),
                        report.chart().label(),
                        report.chart().values());
        return new ReportListing(
                report.name(),
                report.title(),
                report.description(),
                parameters,
                chart,
                report.runnable() ? report.role().name() : null,
                report.origin(),
                report.error());
    }

    /** A report as listed; {@code error} is null for one that runs. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportListing(
            String name,
            String title,
            String description,
            List<ParameterListing> parameters,
            ChartListing chart,
            String role,
            String origin,
            String error) {}

    /**
     * One parameter: {@code default} as the header writes it ({@code start of quarter}),
     * {@code value} what it stands for today ({@code 2026-10-01}).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ParameterListing(
            String name,
            String type,
            boolean required,
            @JsonProperty("default") String defaultText,
            String value,
            String description) {}

    record ChartListing(String type, String label, List<String> values) {}

    /** A report's answer: its columns, its rows (at most {@code convene.reports.max-rows}), and whether more were cut. */
    record ReportAnswer(
            String name,
            List<String> columns,
            List<List<Object>> rows,
            boolean truncated,
            long elapsedMs,
            Map<String, Object> parameters) {}
}
