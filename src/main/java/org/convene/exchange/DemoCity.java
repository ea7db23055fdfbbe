package org.convene.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;

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
 * spreadsheet takes, so the demo files double as an import example.
 */
@Component
@Order(30)
class DemoCity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    private final Importer importer;
    private final Neo4jClient neo4j;
    private final boolean enabled;

    DemoCity(Importer importer, Neo4jClient neo4j, @Value("${convene.demo:true}") boolean enabled) {
        this.importer = importer;
        this.neo4j = neo4j;
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
        ImportSummary loaded =
                importer.importCsv(read("demo/elements.csv"), read("demo/connections.csv"), false, "demo");
        log.info(
                "Loaded the demo city: {} people, {} organizations, {} ties",
                loaded.people(),
                loaded.organizations(),
                loaded.ties());
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
