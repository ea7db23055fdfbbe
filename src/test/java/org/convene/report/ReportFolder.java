package org.convene.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committee's own report folder as the tests use it: {@code convene.reports-dir} of the test
 * configuration. A test writes the files it needs and removes them afterwards ({@link #clear()}).
 */
final class ReportFolder {

    private final Path folder;
    private final List<Path> written = new ArrayList<>();

    ReportFolder(ReportSettings settings) {
        this.folder = settings.reportsDir().toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** Writes {@code NAME.cypher}. */
    void write(String name, String text) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".cypher");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report with a title, a description, these header lines and this query. */
    void report(String name, String query, String... headerLines) {
        StringBuilder text =
                new StringBuilder("// title: Test report " + name + "\n// description: A test's own report.\n");
        for (String line : headerLines) {
            text.append(line).append('\n');
        }
        write(name, text.append(query).append('\n').toString());
    }

    void clear() {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        written.clear();
    }
}
