package org.convene.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a chart of a result shows: from the header's hint, or, without one, a bar chart when the
 * columns suit it (a first column of labels and a numeric column, 2 to 50 rows). The page draws
 * it with Chart.js, the brief as SVG.
 */
record ChartData(String kind, String labelColumn, List<String> labels, List<Series> series) {

    /** The most rows a chart made without a hint shows. */
    static final int MAX_GUESSED_ROWS = 50;

    record Series(String name, List<Double> values) {

        Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** The chart of this table, or null when there is none to draw. */
    static ChartData of(ChartHint hint, ReportPage.Table table) {
        if (table == null || table.rows().isEmpty()) {
            return null;
        }
        List<String> columns = table.columns();
        if (hint != null) {
            int label = columns.indexOf(hint.label());
            if (label < 0) {
                return null;
            }
            List<Series> series = new ArrayList<>();
            for (String value : hint.values()) {
                int index = columns.indexOf(value);
                if (index >= 0) {
                    series.add(series(value, index, table));
                }
            }
            return series.isEmpty()
                    ? null
                    : new ChartData(hint.kind().key(), hint.label(), labels(label, table), series);
        }
        if (columns.size() < 2 || table.rows().size() < 2 || table.rows().size() > MAX_GUESSED_ROWS) {
            return null;
        }
        boolean textLabels = table.rows().stream().noneMatch(row -> row.get(0).number());
        if (!textLabels) {
            return null;
        }
        for (int i = 1; i < columns.size(); i++) {
            int index = i;
            boolean numeric = table.rows().stream()
                    .allMatch(row ->
                            row.get(index).number() || row.get(index).text().isEmpty());
            if (numeric) {
                return new ChartData(
                        "bar", columns.get(0), labels(0, table), List.of(series(columns.get(i), i, table)));
            }
        }
        return null;
    }

    private static List<String> labels(int index, ReportPage.Table table) {
        return table.rows().stream().map(row -> row.get(index).text()).toList();
    }

    private static Series series(String name, int index, ReportPage.Table table) {
        List<Double> values = new ArrayList<>();
        for (List<ReportPage.Cell> row : table.rows()) {
            ReportPage.Cell cell = row.get(index);
            values.add(cell.number() ? Double.parseDouble(cell.sort()) : null);
        }
        return new Series(name, values);
    }

    /** The chart as JSON for the page's script (read from a data attribute, never run as script). */
    String json() {
        StringBuilder json = new StringBuilder("{\"kind\":").append(quote(kind)).append(",\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        json.append("],\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":")
                    .append(quote(s.name()))
                    .append(",\"values\":[");
            for (int j = 0; j < s.values().size(); j++) {
                Double v = s.values().get(j);
                json.append(j == 0 ? "" : ",").append(v == null ? "null" : number(v));
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
