package org.convene.report;

import java.util.List;
import java.util.Optional;

import org.convene.security.Role;

/**
 * One report file: its header read into title, description, parameters, chart hint and role, and
 * its query. A file whose header cannot be read is still a report, with its {@code error} set and
 * nothing else to rely on; it is listed and never run.
 *
 * @param origin where the file comes from: {@code shipped} (the jar's {@code cypher/reports/}) or
 *     {@code folder} ({@code convene.reports-dir})
 */
record Report(
        String name,
        String origin,
        String title,
        String description,
        List<ReportParameter> parameters,
        ChartHint chart,
        Role role,
        String query,
        String error) {

    static final String SHIPPED = "shipped";
    static final String FOLDER = "folder";

    Report {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    static Report broken(String name, String origin, String title, String error) {
        return new Report(name, origin, title, null, List.of(), null, Role.VIEWER, null, error);
    }

    boolean runnable() {
        return error == null;
    }

    Optional<ReportParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
