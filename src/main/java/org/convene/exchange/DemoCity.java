package org.convene.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.network.People;
import org.convene.network.StageRequest;
import org.convene.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the fictional demo city (Halvern) into an empty store, through the same import a user's
 * spreadsheet takes, so the demo files double as an import example; then the earlier stage changes
 * of {@code demo/stage-history.csv}, back-dated through the stage service.
 *
 * <p>The files are written as of {@link #WRITTEN_AS_OF}; every ISO date in them is moved by the
 * days from that day to the load day, so the demo's two years of history always end today.
 */
@Component
@Order(30)
class DemoCity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    /** The day the demo files' dates are written as of: their "today". */
    static final LocalDate WRITTEN_AS_OF = LocalDate.of(2026, 6, 30);

    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9-])(\\d{4}-\\d{2}-\\d{2})(?![0-9-])");

    private final Importer importer;
    private final People people;
    private final Neo4jClient neo4j;
    private final Today today;
    private final boolean enabled;

    DemoCity(
            Importer importer,
            People people,
            Neo4jClient neo4j,
            Today today,
            @Value("${convene.demo:true}") boolean enabled) {
        this.importer = importer;
        this.people = people;
        this.neo4j = neo4j;
        this.today = today;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        boolean empty = neo4j.query("MATCH (e:Element) RETURN count(e) = 0 AS empty")
                .fetchAs(Boolean.class)
                .one()
                .orElse(true);
        if (!empty) {
            return;
        }
        long shift = ChronoUnit.DAYS.between(WRITTEN_AS_OF, today.date());
        ImportSummary loaded = importer.importCsv(
                read("demo/elements.csv", shift), read("demo/connections.csv", shift), false, "demo");
        int stageChanges = earlierStages(new String(read("demo/stage-history.csv", shift), StandardCharsets.UTF_8));
        log.info(
                "Loaded the demo city: {} people, {} organizations, {} ties, {} earlier stage changes; dates moved by {} days",
                loaded.people(),
                loaded.organizations(),
                loaded.ties(),
                stageChanges,
                shift);
    }

    /**
     * Records each row of the stage history ({@code Label,Stage,At,Note}, no quoted cells) as a
     * back-dated stage change; being earlier than the imported current stage, each goes into the
     * history without changing it.
     */
    private int earlierStages(String csv) {
        int recorded = 0;
        for (String line : csv.lines().skip(1).filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.split(",", 4);
            String id = neo4j.query("MATCH (p:Person {name: $name}) RETURN p.id")
                    .bind(cells[0].strip())
                    .to("name")
                    .fetchAs(String.class)
                    .one()
                    .orElseThrow(() -> new IllegalStateException(
                            "demo/stage-history.csv names " + cells[0] + ", who is not in demo/elements.csv"));
            people.changeStage(id, new StageRequest(cells[1].strip(), cells[3].strip(), cells[2].strip()));
            recorded++;
        }
        return recorded;
    }

    /** The file, every ISO date in it moved by {@code days}. */
    static byte[] read(String path, long days) {
        String text;
        try (var in = new ClassPathResource(path).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        Matcher dates = ISO_DATE.matcher(text);
        StringBuilder moved = new StringBuilder(text.length());
        while (dates.find()) {
            dates.appendReplacement(
                    moved, LocalDate.parse(dates.group(1)).plusDays(days).toString());
        }
        dates.appendTail(moved);
        return moved.toString().getBytes(StandardCharsets.UTF_8);
    }
}
