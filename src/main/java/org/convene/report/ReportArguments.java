package org.convene.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.convene.network.Sectors;
import org.convene.system.FieldError;
import org.convene.system.InvalidRequestException;
import org.convene.system.Today;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/**
 * Binds what a caller gave against a report's header: every given name must be a parameter of
 * the report, given once; each value must be of its type (a date, a whole number, true or false,
 * a stored sector, a stored person); a parameter left out takes its default, or null when it has
 * a {@code ?}, and one with neither is required. Any problem answers 400 naming the parameter.
 */
@Component
class ReportArguments {

    private final Sectors sectors;
    private final Driver driver;
    private final Today today;

    ReportArguments(Sectors sectors, Driver driver, Today today) {
        this.sectors = sectors;
        this.driver = driver;
        this.today = today;
    }

    /** Binds the caller's values (a blank value counts as not given). */
    Arguments bind(Report report, Map<String, List<String>> given) {
        for (var entry : given.entrySet()) {
            if (report.parameter(entry.getKey()).isEmpty()) {
                String names = report.parameters().isEmpty()
                        ? "it takes no parameters"
                        : "it takes "
                                + String.join(
                                        ", ",
                                        report.parameters().stream()
                                                .map(ReportParameter::name)
                                                .toList());
                throw InvalidRequestException.field(
                        entry.getKey(),
                        "'" + entry.getKey() + "' is not a parameter of the report '" + report.name() + "' (" + names
                                + ").");
            }
            if (entry.getValue().size() > 1) {
                throw InvalidRequestException.field(
                        entry.getKey(), "The parameter '" + entry.getKey() + "' is given more than once.");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> shown = new LinkedHashMap<>();
        for (ReportParameter parameter : report.parameters()) {
            List<String> value = given.get(parameter.name());
            String text = value == null
                            || value.isEmpty()
                            || value.get(0) == null
                            || value.get(0).isBlank()
                    ? null
                    : value.get(0).strip();
            boolean fromDefault = false;
            if (text == null) {
                if (parameter.hasDefault()) {
                    text = parameter.defaultText();
                    fromDefault = true;
                } else if (parameter.required()) {
                    throw InvalidRequestException.field(
                            parameter.name(),
                            "The parameter '" + parameter.name() + "' is required by the report '" + report.name()
                                    + "'.");
                } else {
                    values.put(parameter.name(), null);
                    shown.put(parameter.name(), null);
                    continue;
                }
            }
            Bound bound = bound(parameter, text, fromDefault);
            values.put(parameter.name(), bound.value());
            shown.put(parameter.name(), bound.shown());
        }
        return new Arguments(values, shown);
    }

    /** Binds a map of single values, as the steering brief passes {@code from} and {@code to}. */
    Arguments bindSingle(Report report, Map<String, String> given) {
        Map<String, List<String>> lists = new HashMap<>();
        given.forEach((name, value) -> lists.put(name, Collections.singletonList(value)));
        return bind(report, lists);
    }

    /** The date a header's default or a caller's text names, today being in {@code convene.time-zone}. */
    Optional<LocalDate> date(String text) {
        return RelativeDate.parse(text).map(date -> date.on(today.date()));
    }

    private record Bound(Object value, Object shown) {}

    private Bound bound(ReportParameter parameter, String text, boolean fromDefault) {
        String name = parameter.name();
        String whose = fromDefault ? "The default of '" + name + "', '" + text + "'," : "'" + text + "'";
        return switch (parameter.type()) {
            case STRING -> new Bound(text, text);
            case INTEGER -> {
                try {
                    long number = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
                    yield new Bound(number, number);
                } catch (NumberFormatException e) {
                    throw invalid(name, "'" + name + "' must be a whole number, not '" + text + "'.");
                }
            }
            case BOOLEAN -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw invalid(name, "'" + name + "' must be true or false, not '" + text + "'.");
                }
                boolean flag = lower.equals("true");
                yield new Bound(flag, flag);
            }
            case DATE -> {
                LocalDate date = date(text)
                        .orElseThrow(() ->
                                invalid(name, "'" + name + "' must be a date like 2026-09-01, not '" + text + "'."));
                yield new Bound(date, date);
            }
            case SECTOR -> {
                String key = sectors.resolve(text)
                        .orElseThrow(() ->
                                invalid(name, "'" + name + "': " + whose + " is not a known sector key or title."));
                yield new Bound(key, key);
            }
            case PERSON -> {
                Map<String, Object> person = person(text)
                        .orElseThrow(() -> invalid(
                                name, "'" + name + "': " + whose + " is neither the id nor the label of a person."));
                yield new Bound(person.get("id"), person.get("name"));
            }
        };
    }

    /** The person with this id, or else with this label. */
    private Optional<Map<String, Object>> person(String idOrLabel) {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                var byId = tx.run(
                                "MATCH (p:Person {id: $value}) RETURN p.id AS id, p.name AS name",
                                Map.of("value", idOrLabel))
                        .list();
                var rows = byId.isEmpty()
                        ? tx.run(
                                        "MATCH (p:Person {name: $value}) RETURN p.id AS id, p.name AS name",
                                        Map.of("value", idOrLabel))
                                .list()
                        : byId;
                return rows.isEmpty()
                        ? Optional.empty()
                        : Optional.of(rows.get(0).asMap());
            });
        }
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(message, List.of(new FieldError(field, message)));
    }
}
