package org.convene.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.security.Role;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs reports so that they cannot change the store, read a file, reach the application's own
 * nodes or stall the store: every report runs in a READ access-mode transaction of the driver
 * (the store itself refuses a write there), after its {@code EXPLAIN} plan passed the
 * {@link ReadOnlyFence}; the driver's transaction timeout ({@code convene.reports.timeout}) ends
 * one that runs too long, on the server, so other users go on; and the result stream is left
 * once {@code convene.reports.max-rows} rows are read. Every run is logged with its user, report,
 * parameters, rows and milliseconds.
 */
@Service
class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final Driver driver;
    private final ReportArguments arguments;
    private final AppNodes appNodes;
    private final Duration timeout;
    private final int maxRows;

    ReportRunner(Driver driver, ReportArguments arguments, AppNodes appNodes, ReportSettings settings) {
        this.driver = driver;
        this.arguments = arguments;
        this.appNodes = appNodes;
        this.timeout = settings.reports().timeout();
        this.maxRows = settings.reports().maxRows();
    }

    int maxRows() {
        return maxRows;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Runs a report for a caller with the values they gave, keeping at most {@code keep} rows
     * (and counting the rest up to the cap).
     */
    ReportResult run(Report report, Map<String, List<String>> given, Caller caller, int keep) {
        requireRunnable(report, caller);
        return run(report, arguments.bind(report, given), caller.name(), keep);
    }

    /** Refuses a report with a header error (422) or a role above the caller's (403). */
    void requireRunnable(Report report, Caller caller) {
        if (!report.runnable()) {
            throw ReportProblem.unprocessable(
                    "The report '" + report.name() + "' cannot run: its header has errors. " + report.error());
        }
        if (!caller.may(report.role())) {
            throw ReportProblem.forbidden("The report '" + report.name() + "' needs the role "
                    + report.role().name() + "; yours does not allow it.");
        }
    }

    /** Runs a runnable report with bound arguments, as {@code user}; the caller checked the role. */
    ReportResult run(Report report, Arguments bound, String user, int keep) {
        long started = System.nanoTime();
        String outcome = "failed";
        int count = 0;
        try {
            ReportResult result = execute(report, bound, Math.min(keep, maxRows), started);
            count = result.count();
            outcome = result.truncated() ? "truncated" : "ok";
            return result;
        } catch (ReportProblem e) {
            outcome = e.status().value() + " " + e.getMessage();
            throw e;
        } finally {
            log.info(
                    "Report {} run by {} with {}: {} rows in {} ms ({})",
                    report.name(),
                    user,
                    bound.shown(),
                    count,
                    (System.nanoTime() - started) / 1_000_000,
                    outcome);
        }
    }

    /**
     * Plans the report and checks the plan, running nothing: what every run does first, and what
     * {@link ReportWarmUp} does ahead of the first run.
     */
    void plan(Report report, Arguments bound) {
        try (var session = readSession()) {
            check(report, bound, session);
        } catch (ClientException e) {
            throw translate(report, e);
        }
    }

    /** A session in READ access mode: the store refuses every write in its transactions. */
    org.neo4j.driver.Session readSession() {
        return driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
    }

    private TransactionConfig config(Report report) {
        return TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "convene", "report", report.name()))
                .build();
    }

    private void check(Report report, Arguments bound, org.neo4j.driver.Session session) {
        if (CypherText.of(report.query()).usesAnotherGraph()) {
            throw refused(report, new ReadOnlyFence.Refusal("USE", "it chooses another database"));
        }
        try (Transaction explain = session.beginTransaction(config(report))) {
            // the report's query is trusted code from its file; the values are bound as parameters
            Result planned = explain.run("EXPLAIN " + report.query(), bound.values());
            List<String> columns = planned.keys();
            ResultSummary summary = planned.consume();
            Optional<ReadOnlyFence.Refusal> refusal = ReadOnlyFence.check(
                    summary.queryType(), summary.plan(), report.role() == Role.ADMIN, appNodes.current());
            if (refusal.isPresent()) {
                throw refused(report, refusal.get());
            }
            requireChartColumns(report, columns);
        }
    }

    private ReportResult execute(Report report, Arguments bound, int keep, long started) {
        try (var session = readSession()) {
            check(report, bound, session);
            try (Transaction run = session.beginTransaction(config(report))) {
                Result result = run.run(report.query(), bound.values());
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                int count = 0;
                boolean truncated = false;
                while (result.hasNext()) {
                    if (count == maxRows) {
                        truncated = true;
                        break;
                    }
                    Record record = result.next();
                    if (count < keep) {
                        List<Object> row = new ArrayList<>(columns.size());
                        record.values().forEach(value -> row.add(ReportValues.of(value)));
                        rows.add(row);
                    }
                    count++;
                }
                // leaving the transaction rolls it back and discards the rest of the stream
                return new ReportResult(
                        report,
                        columns,
                        rows,
                        count,
                        truncated,
                        (System.nanoTime() - started) / 1_000_000,
                        bound.shown());
            }
        } catch (ReportProblem e) {
            throw e;
        } catch (ClientException e) {
            throw translate(report, e);
        } catch (TransientException | ServiceUnavailableException e) {
            if (timedOut(e)) {
                throw timedOut(report);
            }
            throw ReportProblem.timedOut("The store could not run the report '" + report.name() + "' just now ("
                    + firstLine(e.getMessage()) + "); try again.");
        }
    }

    private static void requireChartColumns(Report report, List<String> columns) {
        ChartHint chart = report.chart();
        if (chart == null) {
            return;
        }
        List<String> named = new ArrayList<>(chart.values());
        named.add(0, chart.label());
        for (String column : named) {
            if (!columns.contains(column)) {
                throw ReportProblem.unprocessable("The report '" + report.name() + "' names the column '" + column
                        + "' in its chart, but its query returns " + String.join(", ", columns) + ".");
            }
        }
    }

    private ReportProblem translate(Report report, ClientException e) {
        if (timedOut(e)) {
            return timedOut(report);
        }
        String code = e.code() == null ? "" : e.code();
        if (code.startsWith("Neo.ClientError.Security.Forbidden") || code.contains("AccessMode")) {
            // the store's own refusal of a write in a READ transaction: the fence's backstop
            return refused(report, new ReadOnlyFence.Refusal("a write", "the store refused a write"));
        }
        if (code.startsWith("Neo.ClientError.Statement.SyntaxError")) {
            return ReportProblem.unprocessable(
                    "The report '" + report.name() + "' is not valid Cypher: " + firstLine(e.getMessage()));
        }
        return ReportProblem.unprocessable(
                "The report '" + report.name() + "' could not run: " + firstLine(e.getMessage()));
    }

    private static boolean timedOut(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut")
                || (code.contains("Terminated")
                        && String.valueOf(e.getMessage()).contains("timeout"));
    }

    private ReportProblem timedOut(Report report) {
        return ReportProblem.timedOut("The report '" + report.name() + "' ran past the time limit of "
                + seconds(timeout) + " (convene.reports.timeout) and was stopped.");
    }

    private static ReportProblem refused(Report report, ReadOnlyFence.Refusal refusal) {
        return ReportProblem.unprocessable(refusal.message(report.name()));
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
