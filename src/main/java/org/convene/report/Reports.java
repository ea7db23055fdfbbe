package org.convene.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The reports as another feature uses them, without a request: the bench times each shipped
 * report and the steering brief through this, as a caller with every role.
 */
@Service
public class Reports {

    private static final Set<String> EVERY_ROLE = Set.of("ROLE_VIEWER", "ROLE_EDITOR", "ROLE_ADMIN");

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final ReportArguments arguments;
    private final SteeringBrief brief;
    private final BriefPdf pdf;

    Reports(ReportCatalog catalog, ReportRunner runner, ReportArguments arguments, SteeringBrief brief, BriefPdf pdf) {
        this.catalog = catalog;
        this.runner = runner;
        this.arguments = arguments;
        this.brief = brief;
        this.pdf = pdf;
    }

    /** The names of the shipped reports that run, in the list's order. */
    public List<String> shipped() {
        return catalog.all().stream()
                .filter(r -> r.origin().equals(Report.SHIPPED) && r.runnable())
                .map(Report::name)
                .toList();
    }

    /** One run's outcome: how many rows it gave (up to the cap), or that the time limit stopped it. */
    public record Run(int rows, boolean stopped) {}

    /** The time limit of one report run ({@code convene.reports.timeout}). */
    public Duration timeLimit() {
        return runner.timeout();
    }

    /** Runs a report with its defaults, as {@code user}, keeping no rows. */
    public Run run(String name, String user) {
        Report report = catalog.find(name).orElseThrow(() -> ReportsController.unknown(name));
        Caller caller = new Caller(user, EVERY_ROLE);
        runner.requireRunnable(report, caller);
        try {
            return new Run(
                    runner.run(report, arguments.bind(report, Map.of()), user, 0)
                            .count(),
                    false);
        } catch (ReportProblem e) {
            if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
                return new Run(0, true);
            }
            throw e;
        }
    }

    /**
     * Makes the steering brief of these reports for this quarter so far, as {@code user}: as HTML's
     * model, or as the PDF too.
     *
     * @return the size of the PDF in bytes, or the number of reports in the brief without it
     */
    public int brief(List<String> names, String user, boolean asPdf) {
        var given = new LinkedMultiValueMap<String, String>();
        given.add("reports", String.join(",", names));
        SteeringBrief.Brief made = brief.make(given, new Caller(user, EVERY_ROLE), asPdf);
        if (asPdf) {
            return pdf.render(made).length;
        }
        brief.model(made, false);
        return made.sections().size();
    }
}
