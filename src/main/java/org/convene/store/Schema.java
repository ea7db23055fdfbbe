package org.convene.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/V*__*.cypher} in version order at start-up, before anything else
 * touches the store. The files are idempotent ({@code IF NOT EXISTS}), so they are simply applied
 * on every start: no migration library is needed for constraints and indexes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Schema implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Schema.class);
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.cypher");

    private final Driver driver;

    Schema(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Script> scripts = scripts();
        int statements = 0;
        try (var session = driver.session()) {
            for (Script script : scripts) {
                for (String statement : script.statements()) {
                    session.run(statement).consume();
                    statements++;
                }
            }
        }
        log.info("Schema applied: {} scripts, {} statements", scripts.size(), statements);
    }

    static List<Script> scripts() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
            List<Script> scripts = new ArrayList<>();
            for (Resource resource : resources) {
                Matcher name = VERSIONED.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    throw new IllegalStateException(
                            "Schema file " + resource.getFilename() + " is not named V<number>__<description>.cypher");
                }
                scripts.add(new Script(
                        Integer.parseInt(name.group(1)),
                        resource.getFilename(),
                        split(resource.getContentAsString(StandardCharsets.UTF_8))));
            }
            scripts.sort(Comparator.comparingInt(Script::version));
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema scripts", e);
        }
    }

    /** Splits a script into statements on semicolons that end a line; {@code //} lines are comments. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(trimmed).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    record Script(int version, String name, List<String> statements) {
        Script {
            statements = List.copyOf(statements);
        }

        @Override
        public String toString() {
            return name + " " + Arrays.toString(statements.toArray());
        }
    }
}
