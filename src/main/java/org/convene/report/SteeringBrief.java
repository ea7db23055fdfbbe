package org.convene.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.convene.system.Today;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * The steering brief: the reports a coordinator chose, for a period, on paper. The first page
 * names the coalition ({@code convene.coalition-name}), the period, the day the brief was made and
 * the headline numbers (the {@code headline-numbers} report at the period's end); then each report
 * with its title, description, parameters, chart and its first {@value #ROWS} rows, with the count
 * of the rest. {@code from} and {@code to} bind to the reports' parameters of those names; every
 * other parameter takes its default.
 */
@Service
class SteeringBrief {

    /** The most rows a report shows in the brief. */
    static final int ROWS = 50;

    static final String HEADLINE = "headline-numbers";

    private static final Set<String> PARAMETERS = Set.of("from", "to", "reports", "paper");
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final ReportArguments arguments;
    private final ReportSettings settings;
    private final Today today;

    SteeringBrief(
            ReportCatalog catalog,
            ReportRunner runner,
            ReportArguments arguments,
            ReportSettings settings,
            Today today) {
        this.catalog = catalog;
        this.runner = runner;
        this.arguments = arguments;
        this.settings = settings;
        this.today = today;
    }

    /** A brief as made: what the first page says and each chosen report's section. */
    record Brief(
            String coalition,
            LocalDate from,
            LocalDate to,
            ZonedDateTime made,
            String paper,
            List<Figure> headline,
            List<Section> sections) {}

    record Figure(String label, String value) {}

    /** One report in the brief; {@code problem} says why it has no result. */
    record Section(
            Report report, Map<String, Object> parameters, ReportPage.Table table, ChartData chart, String problem) {}

    /**
     * Makes the brief: {@code from} and {@code to} (dates, default this quarter so far),
     * {@code reports} (names, comma-separated; default every report the caller may run that needs
     * no other parameter) and, for the PDF, {@code paper} ({@code a4}, default, or {@code letter}).
     */
    Brief make(MultiValueMap<String, String> given, Caller caller, boolean pdf) {
        for (String name : given.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw InvalidRequestException.field(
                        name, "'" + name + "' is not a parameter of the brief (it takes from, to, reports and paper).");
            }
        }
        LocalDate from = date(given, "from", "start of quarter");
        LocalDate to = date(given, "to", "today");
        if (from.isAfter(to)) {
            throw InvalidRequestException.field(
                    "from", "The period's 'from' (" + from + ") is after its 'to' (" + to + ").");
        }
        String paper = single(given, "paper");
        paper = paper == null || paper.isBlank() ? "a4" : paper.strip().toLowerCase(Locale.ROOT);
        if (!paper.equals("a4") && !paper.equals("letter")) {
            throw InvalidRequestException.field("paper", "'paper' must be a4 or letter, not '" + paper + "'.");
        }
        Map<String, String> period = Map.of("from", from.toString(), "to", to.toString());
        // the contract's reports=a,b,c, or one reports=a per ticked box of the page's form
        List<String> names = given.getOrDefault("reports", List.of());
        List<Report> chosen = chosen(String.join(",", names), caller, period);
        List<Section> sections = new ArrayList<>();
        for (Report report : chosen) {
            sections.add(section(report, period, caller));
        }
        return new Brief(
                settings.coalitionName(),
                from,
                to,
                ZonedDateTime.now(today.zone()),
                paper,
                headline(to, caller),
                sections);
    }

    private List<Report> chosen(String names, Caller caller, Map<String, String> period) {
        List<Report> chosen = new ArrayList<>();
        if (names == null || names.isBlank()) {
            for (Report report : catalog.all()) {
                boolean needsMore =
                        report.parameters().stream().anyMatch(p -> p.required() && !period.containsKey(p.name()));
                if (report.runnable()
                        && caller.may(report.role())
                        && !needsMore
                        && !report.name().equals(HEADLINE)) {
                    chosen.add(report);
                }
            }
            return chosen;
        }
        for (String name : names.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Report report = catalog.find(trimmed)
                    .orElseThrow(() -> new NotFoundException(
                            "There is no report named '" + trimmed + "' (the brief's 'reports' names it)."));
            if (report.runnable() && !caller.may(report.role())) {
                throw ReportProblem.forbidden("The report '" + report.name() + "' needs the role "
                        + report.role().name() + "; yours does not allow it.");
            }
            if (chosen.stream().noneMatch(r -> r.name().equals(report.name()))) {
                chosen.add(report);
            }
        }
        return chosen;
    }

    private Section section(Report report, Map<String, String> period, Caller caller) {
        if (!report.runnable()) {
            return new Section(
                    report, Map.of(), null, null, "This report cannot run: its header has errors. " + report.error());
        }
        Map<String, String> given = new LinkedHashMap<>();
        period.forEach((name, value) -> {
            if (report.parameter(name).isPresent()) {
                given.put(name, value);
            }
        });
        Arguments bound;
        try {
            bound = arguments.bindSingle(report, given);
        } catch (InvalidRequestException e) {
            String field = e.errors().stream()
                    .filter(FieldError.class::isInstance)
                    .map(error -> ((FieldError) error).field())
                    .findFirst()
                    .orElse("?");
            throw InvalidRequestException.field(
                    "reports",
                    "The report '" + report.name() + "' needs its parameter '" + field
                            + "', which the brief cannot give (it gives only from and to): " + e.getMessage());
        }
        try {
            ReportResult result = runner.run(report, bound, caller.name(), ROWS);
            ReportPage.Table table = ReportPage.table(result);
            return new Section(report, result.parameters(), table, ChartData.of(report.chart(), table), null);
        } catch (ReportProblem e) {
            return new Section(report, bound.shown(), null, null, e.getMessage());
        }
    }

    /** The {@code headline-numbers} report's one row at the period's end, as labelled figures. */
    private List<Figure> headline(LocalDate to, Caller caller) {
        Report report = catalog.find(HEADLINE).orElse(null);
        if (report == null || !report.runnable() || !caller.may(report.role())) {
            return List.of();
        }
        try {
            Map<String, String> given = report.parameter("to").isPresent() ? Map.of("to", to.toString()) : Map.of();
            ReportResult result = runner.run(report, arguments.bindSingle(report, given), caller.name(), 1);
            if (result.rows().isEmpty()) {
                return List.of();
            }
            List<Figure> figures = new ArrayList<>();
            List<Object> row = result.rows().get(0);
            for (int i = 0; i < result.columns().size(); i++) {
                figures.add(new Figure(result.columns().get(i), ReportValues.text(row.get(i))));
            }
            return figures;
        } catch (RuntimeException e) {
            return List.of(new Figure("headline numbers", "not available: " + e.getMessage()));
        }
    }

    /** What the brief's template reads. */
    Map<String, Object> model(Brief brief, boolean pdf) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("brief", brief);
        model.put("pdf", pdf);
        model.put("period", DAY.format(brief.from()) + " – " + DAY.format(brief.to()));
        model.put("made", MADE.format(brief.made()));
        model.put("sections", brief.sections().stream().map(SteeringBrief::view).toList());
        model.put("css", pdf ? stylesheet() : null);
        model.put("maxRows", settings.reports().maxRows());
        model.put(
                "query",
                "from=" + brief.from() + "&to=" + brief.to() + "&reports="
                        + String.join(
                                ",",
                                brief.sections().stream()
                                        .map(s -> s.report().name())
                                        .toList()));
        return model;
    }

    /** A section as the template shows it, its chart already drawn as SVG. */
    record SectionView(Section section, String svg, String parameters) {}

    private static SectionView view(Section section) {
        String parameters = String.join(
                " · ",
                section.parameters().entrySet().stream()
                        .map(e ->
                                e.getKey() + ": " + (e.getValue() == null ? "(any)" : ReportValues.text(e.getValue())))
                        .toList());
        return new SectionView(
                section,
                SvgChart.render(section.chart(), "Chart of " + section.report().title()),
                parameters);
    }

    private static String stylesheet() {
        try {
            return new ClassPathResource("static/css/brief.css").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate date(MultiValueMap<String, String> given, String name, String otherwise) {
        String text = single(given, name);
        if (text == null || text.isBlank()) {
            text = otherwise;
        }
        String value = text;
        return arguments
                .date(value)
                .orElseThrow(() -> InvalidRequestException.field(
                        name, "'" + name + "' must be a date like 2026-09-01, not '" + value + "'."));
    }

    private static String single(MultiValueMap<String, String> given, String name) {
        List<String> values = given.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw InvalidRequestException.field(name, "The parameter '" + name + "' is given more than once.");
        }
        return values.get(0);
    }
}
