package org.convene.report;

import java.util.List;
import java.util.Map;

/**
 * What a report answered.
 *
 * @param rows the rows kept (all of them, up to the cap, for the API; the first few for a page or the brief)
 * @param count how many rows the query gave, up to the cap
 * @param truncated whether the query had more rows than the cap ({@code convene.reports.max-rows})
 * @param parameters the parameters as bound, as a person reads them
 */
record ReportResult(
        Report report,
        List<String> columns,
        List<List<Object>> rows,
        int count,
        boolean truncated,
        long elapsedMs,
        Map<String, Object> parameters) {

    ReportResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows the query gave beyond those kept. */
    int more() {
        return count - rows.size();
    }
}
