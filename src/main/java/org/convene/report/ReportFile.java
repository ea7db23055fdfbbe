package org.convene.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.security.Role;

/**
 * Reads a report file: the header, the run of {@code //} lines at its top, in the contract's
 * grammar, and the query below it. Every problem with the header is collected with its line
 * number, and a file with any is a {@link Report#broken broken} report: listed with its error,
 * never run. Nothing here throws over a file's content.
 */
final class ReportFile {

    /** A report's name: its file name without {@code .cypher}. */
    static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    /** A name the pages use for the steering brief, so no report may have it. */
    static final String RESERVED = "brief";

    private static final Pattern LINE = Pattern.compile("([A-Za-z]+)(?:[ \\t]+([^:]*?))?[ \\t]*:(.*)");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern PARAMETER_SPEC = Pattern.compile("([a-z]+)(\\?)?\\s*(?:=(.*))?", Pattern.DOTALL);
    private static final Pattern CHART =
            Pattern.compile("([a-z]+)\\s+label\\s*=\\s*(\\S+)\\s+value\\s*=\\s*(\\S+(?:\\s*,\\s*\\S+)*)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final List<String> KEYS = List.of("title", "description", "param", "chart", "role");

    private ReportFile() {}

    /** The report this file holds; {@code name} and {@code origin} say where it came from. */
    static Report read(String name, String origin, String text) {
        if (!NAME.matcher(name).matches()) {
            return Report.broken(
                    name, origin, null, "The file name must be lower-case letters, digits and '-', then .cypher.");
        }
        if (name.equals(RESERVED)) {
            return Report.broken(name, origin, null, "The name 'brief' is the steering brief's page; rename the file.");
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\\R", -1);
        int headerEnd = 0;
        while (headerEnd < lines.length && lines[headerEnd].stripLeading().startsWith("//")) {
            headerEnd++;
        }
        Header header = new Header();
        for (int i = 0; i < headerEnd; i++) {
            header.line(i + 1, lines[i].stripLeading().substring(2).strip());
        }
        String query = String.join("\n", Arrays.asList(lines).subList(headerEnd, lines.length))
                .strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        header.finish(CypherText.of(query));
        if (!header.errors.isEmpty()) {
            return Report.broken(name, origin, header.title, String.join(" ", header.errors));
        }
        return new Report(
                name,
                origin,
                header.title,
                header.description,
                List.copyOf(header.parameters.values()),
                header.chart,
                header.role == null ? Role.VIEWER : header.role,
                query,
                null);
    }

    /** The header as it is read, line by line. */
    private static final class Header {

        final List<String> errors = new ArrayList<>();
        final Map<String, ReportParameter> parameters = new LinkedHashMap<>();
        String title;
        String description;
        ChartHint chart;
        Role role;
        private boolean titleSeen;
        private boolean descriptionSeen;
        private boolean chartSeen;
        private boolean roleSeen;

        void line(int number, String text) {
            Matcher line = LINE.matcher(text);
            if (!line.matches()) {
                error(number, "'" + text + "' is not 'KEY: VALUE'.");
                return;
            }
            String key = line.group(1);
            String name = line.group(2);
            String value = line.group(3).strip();
            if (!KEYS.contains(key)) {
                error(number, "unknown key '" + key + "' (the keys are " + String.join(", ", KEYS) + ").");
                return;
            }
            if (name != null && !key.equals("param")) {
                error(number, "'" + key + " " + name + "' is not a key; write '" + key + ": ...'.");
                return;
            }
            switch (key) {
                case "title" -> {
                    title = once(number, "title", titleSeen, title, value);
                    titleSeen = true;
                }
                case "description" -> {
                    description = once(number, "description", descriptionSeen, description, value);
                    descriptionSeen = true;
                }
                case "param" -> parameter(number, name, value);
                case "chart" -> {
                    if (chartSeen) {
                        error(number, "a second chart; a report has at most one.");
                    }
                    chartSeen = true;
                    chart = chart(number, value);
                }
                case "role" -> {
                    if (roleSeen) {
                        error(number, "a second role.");
                    }
                    roleSeen = true;
                    role = role(number, value);
                }
                default -> throw new IllegalStateException(key);
            }
        }

        private String once(int number, String key, boolean seen, String before, String value) {
            if (seen) {
                error(number, "a second " + key + ".");
                return before;
            }
            if (value.isEmpty()) {
                error(number, "the " + key + " is empty.");
                return null;
            }
            return value;
        }

        private void parameter(int number, String name, String value) {
            if (name == null) {
                error(number, "a parameter needs a name: 'param NAME: TYPE'.");
                return;
            }
            if (!PARAMETER_NAME.matcher(name).matches()) {
                error(number, "'" + name + "' is not a parameter name (a lower-case letter, then letters or digits).");
                return;
            }
            if (parameters.containsKey(name)) {
                error(number, "a second parameter '" + name + "'.");
                return;
            }
            int bar = value.indexOf('|');
            String spec = (bar < 0 ? value : value.substring(0, bar)).strip();
            String description = bar < 0 ? null : value.substring(bar + 1).strip();
            Matcher parts = PARAMETER_SPEC.matcher(spec);
            if (!parts.matches()) {
                error(number, "'" + spec + "' is not 'TYPE[?] [= DEFAULT]' for parameter '" + name + "'.");
                return;
            }
            Optional<ParameterType> type = ParameterType.of(parts.group(1));
            if (type.isEmpty()) {
                error(
                        number,
                        "'" + parts.group(1) + "' is not a parameter type (use " + ParameterType.allowed() + ").");
                return;
            }
            boolean question = parts.group(2) != null;
            String defaultText = parts.group(3) == null ? null : parts.group(3).strip();
            if (defaultText != null && defaultText.isEmpty()) {
                error(number, "parameter '" + name + "' has '=' but no default.");
                return;
            }
            if (question && defaultText != null) {
                error(number, "parameter '" + name + "' has both '?' and a default; '?' means no default.");
                return;
            }
            if (defaultText != null) {
                String problem = defaultProblem(type.get(), defaultText);
                if (problem != null) {
                    error(number, "the default of '" + name + "' " + problem);
                    return;
                }
            }
            parameters.put(
                    name,
                    new ReportParameter(
                            name,
                            type.get(),
                            question || defaultText != null,
                            defaultText,
                            description == null || description.isEmpty() ? null : description));
        }

        private static String defaultProblem(ParameterType type, String text) {
            return switch (type) {
                case INTEGER -> INTEGER.matcher(text).matches() ? null : "'" + text + "' is not a whole number.";
                case BOOLEAN ->
                    text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                            ? null
                            : "'" + text + "' is not true or false.";
                case DATE ->
                    RelativeDate.parse(text).isPresent() ? null : "'" + text + "' is not " + RelativeDate.FORMS + ".";
                case STRING, SECTOR, PERSON -> null;
            };
        }

        private ChartHint chart(int number, String value) {
            Matcher chart = CHART.matcher(value);
            if (!chart.matches()) {
                error(number, "'" + value + "' is not 'bar|line|pie label=COLUMN value=COLUMN[,COLUMN...]'.");
                return null;
            }
            ChartHint.Kind kind;
            try {
                kind = ChartHint.Kind.valueOf(chart.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(number, "'" + chart.group(1) + "' is not a chart (use bar, line or pie).");
                return null;
            }
            List<String> values =
                    Arrays.stream(chart.group(3).split(",")).map(String::strip).toList();
            if (kind == ChartHint.Kind.PIE && values.size() > 1) {
                error(number, "a pie chart shows one value column, not " + values.size() + ".");
                return null;
            }
            return new ChartHint(kind, chart.group(2), values);
        }

        private Role role(int number, String value) {
            try {
                return Role.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(number, "'" + value + "' is not a role (use VIEWER, EDITOR or ADMIN).");
                return null;
            }
        }

        /** The checks that need the whole header and the query. */
        void finish(CypherText query) {
            if (!titleSeen) {
                errors.add("The header has no title ('// title: ...' on the first lines).");
            }
            if (!descriptionSeen) {
                errors.add("The header has no description ('// description: ...').");
            }
            if (query.isEmpty()) {
                errors.add("There is no query below the header.");
                return;
            }
            for (String used : query.parameters()) {
                if (!parameters.containsKey(used)) {
                    errors.add("The query uses $" + used + ", which the header does not declare ('// param " + used
                            + ": TYPE').");
                }
            }
        }

        private void error(int number, String message) {
            errors.add("Line " + number + ": " + message);
        }
    }
}
