package org.convene.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The reports there are: the jar's {@code cypher/reports/*.cypher}, read once, and the files in
 * {@code convene.reports-dir}, read again whenever one changes, so a report dropped into the
 * folder shows up at the next look without a restart. A name in the folder overrides the shipped
 * one. A report is found by its listed name only: a name never becomes a path, so nothing outside
 * the folders can be named.
 */
@Component
class ReportCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportCatalog.class);
    private static final String SUFFIX = ".cypher";

    private final Path folder;
    private final Map<String, Report> shipped;
    private final Map<Path, Cached> folderFiles = new ConcurrentHashMap<>();

    ReportCatalog(ReportSettings settings) {
        this.folder = settings.reportsDir() == null
                ? null
                : settings.reportsDir().toAbsolutePath().normalize();
        this.shipped = readShipped();
    }

    /** Every report, by title (then name); a folder's report in place of a shipped one of its name. */
    List<Report> all() {
        Map<String, Report> reports = new LinkedHashMap<>(shipped);
        reports.putAll(readFolder());
        List<Report> sorted = new ArrayList<>(reports.values());
        sorted.sort(Comparator.comparing(
                        (Report r) -> r.title() == null ? "" : r.title().toLowerCase(Locale.ROOT))
                .thenComparing(Report::name));
        return List.copyOf(sorted);
    }

    /** The report of this name, when it is one of the listed names. */
    Optional<Report> find(String name) {
        if (name == null || !ReportFile.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Report fromFolder = readFolder().get(name);
        return Optional.ofNullable(fromFolder != null ? fromFolder : shipped.get(name));
    }

    /** Says at start-up what there is; never fails over a report. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            List<Report> reports = all();
            log.info(
                    "Reports: {} shipped, {} in {}",
                    shipped.size(),
                    reports.stream()
                            .filter(r -> r.origin().equals(Report.FOLDER))
                            .count(),
                    folder == null ? "no folder (convene.reports-dir is not set)" : folder);
            reports.stream()
                    .filter(r -> !r.runnable())
                    .forEach(r -> log.warn("Report '{}' ({}) will not run: {}", r.name(), r.origin(), r.error()));
        } catch (RuntimeException e) {
            log.warn("The reports could not be listed at start-up", e);
        }
    }

    private static Map<String, Report> readShipped() {
        Map<String, Report> reports = new LinkedHashMap<>();
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/reports/*" + SUFFIX);
            for (Resource resource : resources) {
                String file = String.valueOf(resource.getFilename());
                String name = file.substring(0, file.length() - SUFFIX.length());
                if (!ReportFile.NAME.matcher(name).matches()) {
                    log.warn(
                            "The shipped report file {} is not named NAME.cypher (lower-case letters, digits, -)",
                            file);
                    continue;
                }
                reports.putIfAbsent(name, read(name, Report.SHIPPED, resource.getContentAsByteArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped reports", e);
        }
        return Map.copyOf(reports);
    }

    private Map<String, Report> readFolder() {
        if (folder == null) {
            return Map.of();
        }
        if (!Files.isDirectory(folder)) {
            if (folderFiles.isEmpty()) {
                log.debug("The reports folder {} does not exist", folder);
            }
            folderFiles.clear();
            return Map.of();
        }
        Map<String, Report> reports = new LinkedHashMap<>();
        List<Path> seen = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(SUFFIX) || !Files.isRegularFile(file)) {
                    continue;
                }
                String name = fileName.substring(0, fileName.length() - SUFFIX.length());
                if (!ReportFile.NAME.matcher(name).matches()) {
                    log.warn(
                            "{} in the reports folder is not named NAME.cypher (lower-case letters, digits, -)",
                            fileName);
                    continue;
                }
                seen.add(file);
                Report report = cached(file, name);
                if (report != null) {
                    reports.put(name, report);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list the reports folder {}: {}", folder, e.getMessage());
            return Map.of();
        }
        folderFiles.keySet().retainAll(seen);
        return reports;
    }

    /** The report in a folder file, read again only when the file changed. */
    private Report cached(Path file, String name) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached known = folderFiles.get(file);
            if (known != null && known.modified().equals(modified) && known.size() == size) {
                return known.report();
            }
            Report report = read(name, Report.FOLDER, Files.readAllBytes(file));
            folderFiles.put(file, new Cached(modified, size, report));
            return report;
        } catch (IOException e) {
            // removed while we looked, or unreadable: not there
            log.warn("Cannot read the report file {}: {}", file, e.getMessage());
            return null;
        }
    }

    private static Report read(String name, String origin, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return ReportFile.read(name, origin, text);
        } catch (CharacterCodingException e) {
            return Report.broken(name, origin, null, "The file is not UTF-8.");
        }
    }

    private record Cached(FileTime modified, long size, Report report) {}
}
