package org.convene.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.network.Sector;
import org.convene.system.FieldError;

/** What the report page shows: the report's form, made from its parameters, and its result. */
final class ReportPage {

    /** The most rows the page's table shows; the CSV has them all. */
    static final int SHOWN_ROWS = 1000;

    private ReportPage() {}

    /** One field of a report's form. */
    record Field(
            String name,
            String type,
            String value,
            boolean required,
            String description,
            String defaultText,
            List<Option> options,
            String problem,
            boolean select,
            String inputType) {}

    record Option(String value, String label) {}

    /** A cell as the table shows it, with what it sorts by. */
    record Cell(String text, String sort, boolean number) {}

    /**
     * A result as the table and the chart show it.
     *
     * @param more how many rows the query gave beyond those shown
     */
    record Table(List<String> columns, List<List<Cell>> rows, int count, boolean truncated, long elapsedMs, int more) {

        Table(List<String> columns, List<List<Cell>> rows, int count, boolean truncated, long elapsedMs) {
            this(columns, rows, count, truncated, elapsedMs, count - rows.size());
        }
    }

    /** A report as the list shows it: whether this caller may open it, and for whom it is. */
    record Listed(Report report, boolean open, String audience) {}

    static List<Field> fields(
            Report report,
            Map<String, List<String>> given,
            Map<String, Object> bound,
            List<Sector> sectors,
            FieldError problem,
            ReportArguments arguments) {
        List<Field> fields = new ArrayList<>();
        for (ReportParameter p : report.parameters()) {
            List<String> values = given.get(p.name());
            String value;
            if (values != null && !values.isEmpty() && values.get(0) != null) {
                value = values.get(0);
            } else if (bound != null && bound.get(p.name()) != null && p.type() != ParameterType.PERSON) {
                value = String.valueOf(bound.get(p.name()));
            } else if (p.hasDefault()) {
                value = p.type() == ParameterType.DATE
                        ? arguments.date(p.defaultText()).map(Object::toString).orElse(p.defaultText())
                        : p.defaultText();
            } else {
                value = "";
            }
            List<Option> options = new ArrayList<>();
            if (p.type() == ParameterType.SECTOR) {
                if (!p.required()) {
                    options.add(new Option("", p.hasDefault() ? "(default: " + p.defaultText() + ")" : "(any sector)"));
                }
                sectors.forEach(s -> options.add(new Option(s.key(), s.title())));
            } else if (p.type() == ParameterType.BOOLEAN) {
                if (!p.required() && !p.hasDefault()) {
                    options.add(new Option("", "(not set)"));
                }
                options.add(new Option("true", "yes"));
                options.add(new Option("false", "no"));
                value = value.toLowerCase(Locale.ROOT);
            }
            fields.add(new Field(
                    p.name(),
                    p.type().key(),
                    value,
                    p.required(),
                    p.description(),
                    p.defaultText(),
                    options,
                    problem != null && problem.field().equals(p.name()) ? problem.message() : null,
                    !options.isEmpty(),
                    switch (p.type()) {
                        case DATE -> "date";
                        case INTEGER -> "number";
                        default -> "text";
                    }));
        }
        return fields;
    }

    static Table table(ReportResult result) {
        List<List<Cell>> rows = new ArrayList<>(result.rows().size());
        for (List<Object> row : result.rows()) {
            List<Cell> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                boolean number = value instanceof Number;
                String text = ReportValues.text(value);
                cells.add(new Cell(text, number ? String.valueOf(((Number) value).doubleValue()) : text, number));
            }
            rows.add(cells);
        }
        return new Table(result.columns(), rows, result.count(), result.truncated(), result.elapsedMs());
    }
}
