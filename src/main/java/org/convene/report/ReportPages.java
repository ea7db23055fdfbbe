package org.convene.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.convene.network.Sectors;
import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.convene.system.Today;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports' pages: the list with the steering brief's form ({@code /reports}), a page per
 * report with its form, table, chart and CSV download ({@code /reports/NAME}), and the brief
 * itself as HTML and PDF ({@code /reports/brief}, {@code /reports/brief.pdf}).
 */
@Controller
class ReportPages {

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final ReportArguments arguments;
    private final Sectors sectors;
    private final SteeringBrief brief;
    private final BriefPdf pdf;
    private final RoleHierarchy roles;
    private final Today today;

    ReportPages(
            ReportCatalog catalog,
            ReportRunner runner,
            ReportArguments arguments,
            Sectors sectors,
            SteeringBrief brief,
            BriefPdf pdf,
            RoleHierarchy roles,
            Today today) {
        this.catalog = catalog;
        this.runner = runner;
        this.arguments = arguments;
        this.sectors = sectors;
        this.brief = brief;
        this.pdf = pdf;
        this.roles = roles;
        this.today = today;
    }

    @ModelAttribute
    void user(Authentication authentication, Model model) {
        Caller caller = Caller.of(authentication, roles);
        model.addAttribute("username", caller.name());
        model.addAttribute("canEdit", caller.canEdit());
        model.addAttribute("page", "reports");
    }

    @GetMapping("/reports")
    String list(Authentication authentication, Model model) {
        Caller caller = Caller.of(authentication, roles);
        List<Report> reports = catalog.all();
        model.addAttribute(
                "reports",
                reports.stream()
                        .map(r -> new ReportPage.Listed(
                                r,
                                r.runnable() && caller.may(r.role()),
                                r.runnable() && r.role() != org.convene.security.Role.VIEWER
                                        ? r.role().name().toLowerCase(Locale.ROOT) + "s only"
                                        : null))
                        .toList());
        model.addAttribute(
                "runnable",
                reports.stream()
                        .filter(r -> r.runnable() && caller.may(r.role()))
                        .toList());
        model.addAttribute("quarters", Quarter.recent(today.date(), 6));
        return "reports";
    }

    @GetMapping("/reports/{name:[a-z0-9-]+}")
    String report(
            @PathVariable String name,
            @RequestParam MultiValueMap<String, String> parameters,
            Authentication authentication,
            Model model) {
        Report report = find(name);
        Caller caller = Caller.of(authentication, roles);
        model.addAttribute("report", report);
        Map<String, Object> bound = null;
        FieldError problem = null;
        String failure = null;
        ReportPage.Table table = null;
        boolean allowed = report.runnable() && caller.may(report.role());
        if (!report.runnable()) {
            failure = "This report cannot run: its header has errors. " + report.error();
        } else if (!caller.may(report.role())) {
            failure = "This report needs the role " + report.role().name() + "; yours does not allow it.";
        } else if (!parameters.isEmpty() || report.parameters().stream().noneMatch(ReportParameter::required)) {
            try {
                ReportResult result = runner.run(report, parameters, caller, ReportPage.SHOWN_ROWS);
                bound = result.parameters();
                table = ReportPage.table(result);
            } catch (InvalidRequestException e) {
                failure = e.getMessage();
                problem = e.errors().stream()
                        .filter(FieldError.class::isInstance)
                        .map(FieldError.class::cast)
                        .findFirst()
                        .orElse(null);
            } catch (ReportProblem e) {
                failure = e.getMessage();
            }
        }
        model.addAttribute("allowed", allowed);
        model.addAttribute("fields", ReportPage.fields(report, parameters, bound, sectors.all(), problem, arguments));
        model.addAttribute("failure", failure);
        model.addAttribute("table", table);
        ChartData chart = table == null ? null : ChartData.of(report.chart(), table);
        model.addAttribute("chart", chart == null ? null : chart.json());
        model.addAttribute("csv", "/reports/" + report.name() + ".csv" + query(parameters));
        model.addAttribute("maxRows", runner.maxRows());
        return "report";
    }

    /** The CSV download of a report page: the same run, every row up to the cap. */
    @GetMapping("/reports/{name:[a-z0-9-]+}.csv")
    void csv(
            @PathVariable String name,
            @RequestParam MultiValueMap<String, String> parameters,
            Authentication authentication,
            HttpServletResponse response)
            throws IOException {
        Report report = find(name);
        ReportResult result;
        try {
            result = runner.run(report, parameters, Caller.of(authentication, roles), runner.maxRows());
        } catch (RuntimeException e) {
            throw page(e);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + report.name() + ".csv\"");
        ReportCsv.write(result, response.getOutputStream());
    }

    @GetMapping("/reports/brief")
    String brief(@RequestParam MultiValueMap<String, String> parameters, Authentication authentication, Model model) {
        SteeringBrief.Brief made = make(parameters, authentication, false);
        model.addAllAttributes(brief.model(made, false));
        return "brief";
    }

    @GetMapping("/reports/brief.pdf")
    void briefPdf(
            @RequestParam MultiValueMap<String, String> parameters,
            Authentication authentication,
            HttpServletResponse response)
            throws IOException {
        SteeringBrief.Brief made = make(parameters, authentication, true);
        byte[] document = pdf.render(made);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"steering-brief-" + made.to() + ".pdf\"");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }

    private SteeringBrief.Brief make(
            MultiValueMap<String, String> parameters, Authentication authentication, boolean pdfAllowed) {
        try {
            return brief.make(parameters, Caller.of(authentication, roles), pdfAllowed);
        } catch (RuntimeException e) {
            throw page(e);
        }
    }

    /** A request's failure as a page's answer: the HTML error page with its status. */
    private static RuntimeException page(RuntimeException e) {
        if (e instanceof InvalidRequestException) {
            return new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (e instanceof ReportProblem problem) {
            return new ResponseStatusException(problem.status(), e.getMessage());
        }
        if (e instanceof org.convene.system.NotFoundException) {
            return new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return e;
    }

    private Report find(String name) {
        return catalog.find(name)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no report named '" + name + "'."));
    }

    /** The query string of these parameters, for the CSV link. */
    private static String query(MultiValueMap<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        Map<String, String> single = new LinkedHashMap<>();
        parameters.forEach((key, values) -> single.put(key, values.isEmpty() ? "" : values.get(0)));
        StringBuilder query = new StringBuilder("?");
        single.forEach((key, value) -> {
            if (query.length() > 1) {
                query.append('&');
            }
            query.append(java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        });
        return query.toString();
    }
}
