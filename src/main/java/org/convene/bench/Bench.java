package org.convene.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar convene.jar bench --people N --ties M --seed S}: measures the analysis engine
 * against plain Cypher on a seeded synthetic network in a temporary embedded store, and prints
 * one JSON object per operation and a summary object last, on standard output (logs go to
 * standard error).
 */
public final class Bench {

    private Bench() {}

    /** Runs the bench and exits with its status: 0 done, 2 bad options, 1 failed. */
    public static void main(String... args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the bench: starts the application without its web server on a store in a new
     * temporary directory, measures, stops it and deletes the directory.
     *
     * @return 0 when done, 2 for bad options, 1 when a measurement failed
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(BenchOptions.USAGE);
            return 2;
        }
        Path dataDir = temporaryDirectory();
        // as command-line properties, so they win over application.properties
        String[] properties = {
            "--convene.data-dir=" + dataDir,
            "--convene.embedded.delete-on-close=true",
            "--convene.demo=false",
            // measurements decide when the projection is read, not the background refresh
            "--convene.analysis.max-staleness=1000d",
            "--spring.main.banner-mode=off",
            "--logging.config=classpath:org/convene/bench/logback-bench.xml",
            "--logging.level.org.springframework.data.neo4j.cypher.performance=warn",
        };
        Map<String, Object> summary;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties)) {
            summary = new BenchRun(options, context, out).run();
        } catch (RuntimeException e) {
            e.printStackTrace(err);
            return 1;
        } finally {
            deleteQuietly(dataDir);
        }
        // for people, after the store's shutdown logs: the JSON lines on standard output are for programs
        err.println();
        err.print(TargetTable.of(summary, options.people(), options.ties()));
        err.flush();
        return 0;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("convene-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the bench store", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the store deletes its own files on close; nothing else was written
        }
    }
}
