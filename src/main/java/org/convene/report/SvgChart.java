package org.convene.report;

import java.util.List;
import java.util.Locale;

/**
 * A chart drawn on the server as SVG, for the steering brief: the HTML brief shows it as it is
 * and the PDF draws it (openhtmltopdf runs no script). Bars run across, so long sector titles fit
 * beside them; lines run left to right in the rows' order; a pie's slices go clockwise from the
 * top. Every value is written beside its mark, so the chart reads in black and white too.
 */
final class SvgChart {

    /** Okabe and Ito's colour-blind-safe palette. */
    private static final List<String> COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    private static final int WIDTH = 640;
    private static final int LABELS = 230;
    private static final int ROW = 18;
    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";

    private SvgChart() {}

    static String render(ChartData chart, String title) {
        if (chart == null) {
            return null;
        }
        return switch (chart.kind()) {
            case "line" -> line(chart, title);
            case "pie" -> pie(chart, title);
            default -> bar(chart, title);
        };
    }

    private static String bar(ChartData chart, String title) {
        int groups = chart.labels().size();
        int perGroup = chart.series().size();
        int legend = perGroup > 1 ? 22 : 0;
        int height = 10 + legend + groups * (perGroup * ROW + 6) + 24;
        double max = Math.max(1, max(chart));
        int area = WIDTH - LABELS - 60;
        StringBuilder svg = open(height, title);
        if (perGroup > 1) {
            legend(svg, chart, 10);
        }
        int y = 10 + legend;
        for (int i = 0; i < groups; i++) {
            int groupTop = y;
            for (int s = 0; s < perGroup; s++) {
                Double value = chart.series().get(s).values().get(i);
                double v = value == null ? 0 : value;
                int length = (int) Math.round(area * v / max);
                svg.append("<rect x=\"")
                        .append(LABELS)
                        .append("\" y=\"")
                        .append(y + 2)
                        .append("\" width=\"")
                        .append(Math.max(length, v > 0 ? 1 : 0))
                        .append("\" height=\"")
                        .append(ROW - 4)
                        .append("\" fill=\"")
                        .append(colour(s))
                        .append("\"/>");
                text(svg, LABELS + length + 4, y + ROW - 5, "start", 11, value == null ? "–" : number(value));
                y += ROW;
            }
            text(
                    svg,
                    LABELS - 6,
                    groupTop + (perGroup * ROW) / 2 + 4,
                    "end",
                    11,
                    shorten(chart.labels().get(i), 38));
            y += 6;
        }
        line(svg, LABELS, 10 + legend, LABELS, y);
        return svg.append("</svg>").toString();
    }

    private static String line(ChartData chart, String title) {
        int height = 260;
        int left = 50;
        int right = WIDTH - 20;
        int top = chart.series().size() > 1 ? 34 : 14;
        int bottom = height - 60;
        double max = Math.max(1, max(chart));
        int n = chart.labels().size();
        StringBuilder svg = open(height, title);
        if (chart.series().size() > 1) {
            legend(svg, chart, 10);
        }
        line(svg, left, bottom, right, bottom);
        line(svg, left, top, left, bottom);
        text(svg, left - 6, top + 4, "end", 10, number(max));
        text(svg, left - 6, bottom + 4, "end", 10, "0");
        for (int s = 0; s < chart.series().size(); s++) {
            StringBuilder points = new StringBuilder();
            List<Double> values = chart.series().get(s).values();
            for (int i = 0; i < n; i++) {
                if (values.get(i) == null) {
                    continue;
                }
                double x = n == 1 ? (left + right) / 2.0 : left + (right - left) * i / (double) (n - 1);
                double y = bottom - (bottom - top) * values.get(i) / max;
                points.append(format(x)).append(',').append(format(y)).append(' ');
                svg.append("<circle cx=\"")
                        .append(format(x))
                        .append("\" cy=\"")
                        .append(format(y))
                        .append("\" r=\"3\" fill=\"")
                        .append(colour(s))
                        .append("\"/>");
                text(svg, x, y - 6, "middle", 10, number(values.get(i)));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour(s))
                    .append("\" points=\"")
                    .append(points.toString().strip())
                    .append("\"/>");
        }
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += every) {
            double x = n == 1 ? (left + right) / 2.0 : left + (right - left) * i / (double) (n - 1);
            text(svg, x, bottom + 16, "middle", 10, shorten(chart.labels().get(i), 14));
        }
        return svg.append("</svg>").toString();
    }

    private static String pie(ChartData chart, String title) {
        List<Double> values = chart.series().get(0).values();
        double total = values.stream().mapToDouble(v -> v == null ? 0 : v).sum();
        int slices = values.size();
        int height = Math.max(220, 20 + slices * ROW);
        double cx = 110;
        double cy = 110;
        double r = 95;
        StringBuilder svg = open(height, title);
        double angle = -Math.PI / 2;
        for (int i = 0; i < slices; i++) {
            double v = values.get(i) == null ? 0 : values.get(i);
            if (total > 0 && v > 0) {
                double sweep = 2 * Math.PI * v / total;
                if (sweep >= 2 * Math.PI - 1e-9) {
                    svg.append("<circle cx=\"")
                            .append(format(cx))
                            .append("\" cy=\"")
                            .append(format(cy))
                            .append("\" r=\"")
                            .append(format(r))
                            .append("\" fill=\"")
                            .append(colour(i))
                            .append("\"/>");
                } else {
                    double x1 = cx + r * Math.cos(angle);
                    double y1 = cy + r * Math.sin(angle);
                    double x2 = cx + r * Math.cos(angle + sweep);
                    double y2 = cy + r * Math.sin(angle + sweep);
                    svg.append("<path fill=\"")
                            .append(colour(i))
                            .append("\" stroke=\"#ffffff\" d=\"M")
                            .append(format(cx))
                            .append(',')
                            .append(format(cy))
                            .append(" L")
                            .append(format(x1))
                            .append(',')
                            .append(format(y1))
                            .append(" A")
                            .append(format(r))
                            .append(',')
                            .append(format(r))
                            .append(" 0 ")
                            .append(sweep > Math.PI ? 1 : 0)
                            .append(",1 ")
                            .append(format(x2))
                            .append(',')
                            .append(format(y2))
                            .append(" Z\"/>");
                }
                angle += sweep;
            }
            int y = 16 + i * ROW;
            svg.append("<rect x=\"240\" y=\"")
                    .append(y - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(i))
                    .append("\"/>");
            String share = total > 0 ? " (" + Math.round(100 * v / total) + "%)" : "";
            text(svg, 258, y, "start", 11, shorten(chart.labels().get(i), 40) + ": " + number(v) + share);
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int height, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        return svg;
    }

    private static void legend(StringBuilder svg, ChartData chart, int y) {
        int x = LABELS;
        for (int s = 0; s < chart.series().size(); s++) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y - 9)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour(s))
                    .append("\"/>");
            String name = chart.series().get(s).name();
            text(svg, x + 14, y, "start", 11, name);
            x += 24 + name.length() * 7;
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text) {
        svg.append("<text x=\"")
                .append(format(x))
                .append("\" y=\"")
                .append(format(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-size=\"")
                .append(size)
                .append("\" ")
                .append(FONT)
                .append(" fill=\"#1f2933\">")
                .append(escape(text))
                .append("</text>");
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"")
                .append(format(x1))
                .append("\" y1=\"")
                .append(format(y1))
                .append("\" x2=\"")
                .append(format(x2))
                .append("\" y2=\"")
                .append(format(y2))
                .append("\" stroke=\"#9aa5b1\"/>");
    }

    private static double max(ChartData chart) {
        return chart.series().stream()
                .flatMap(s -> s.values().stream())
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }

    private static String colour(int i) {
        return COLOURS.get(i % COLOURS.size());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
