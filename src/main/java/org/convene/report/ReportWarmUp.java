package org.convene.report;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans every report once the application is ready, in the background: Neo4j's planner takes a
 * second or more for a report's first run on a freshly started JVM, and a committee member's first
 * look should not pay for it. Each report is planned ({@code EXPLAIN}, which runs nothing) with
 * its defaults, as the store caches a plan per query and parameter types.
 */
@Component
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final ReportArguments arguments;

    ReportWarmUp(ReportCatalog catalog, ReportRunner runner, ReportArguments arguments) {
        this.catalog = catalog;
        this.runner = runner;
        this.arguments = arguments;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::planAll, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void planAll() {
        long started = System.nanoTime();
        int planned = 0;
        for (Report report : catalog.all()) {
            if (!report.runnable()) {
                continue;
            }
            try {
                runner.plan(report, arguments.bind(report, Map.of()));
                planned++;
            } catch (RuntimeException e) {
                // a required parameter, or a report that will be refused: its own run says why
                log.debug("Report {} not planned ahead: {}", report.name(), e.getMessage());
            }
        }
        log.info("Planned {} reports ahead in {} ms", planned, (System.nanoTime() - started) / 1_000_000);
    }
}
