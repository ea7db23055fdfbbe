package org.convene.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded spreadsheet, as the import reads it: the two CSV parts, or one workbook, each in a
 * temporary file of its own (readable by this process's user only) that {@link #close()} deletes.
 * The request's own part files go when the request ends, so an import that runs on as a job
 * needs these.
 */
final class Upload implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Upload.class);

    private final Path elements;
    private final Path connections;
    private final Path workbook;
    private final boolean owned;
    private final List<String> names;

    private Upload(Path elements, Path connections, Path workbook, boolean owned, List<String> names) {
        this.elements = elements;
        this.connections = connections;
        this.workbook = workbook;
        this.owned = owned;
        this.names = names;
    }

    /** The parts as sent; a part that is null was not sent. */
    static Upload of(MultipartFile elements, MultipartFile connections, MultipartFile workbook) {
        List<Path> kept = new ArrayList<>();
        try {
            Path e = keep(elements, ".csv", kept);
            Path c = keep(connections, ".csv", kept);
            Path w = keep(workbook, ".xlsx", kept);
            return new Upload(e, c, w, true, names(elements, connections, workbook));
        } catch (IOException | RuntimeException e) {
            kept.forEach(Upload::delete);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot keep the uploaded files", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** A workbook file that the caller keeps (it is not deleted on close). */
    static Upload borrowedWorkbook(Path file) {
        return new Upload(null, null, file, false, List.of(file.getFileName().toString()));
    }

    /** The names of the files sent, as the sender's machine called them, for the audit trail. */
    List<String> names() {
        return names;
    }

    private static List<String> names(MultipartFile... parts) {
        List<String> names = new ArrayList<>();
        for (MultipartFile part : parts) {
            if (part != null) {
                String name = part.getOriginalFilename();
                names.add(name == null || name.isBlank() ? part.getName() : name.strip());
            }
        }
        return List.copyOf(names);
    }

    boolean isWorkbook() {
        return workbook != null;
    }

    /** The elements CSV file, or null when not sent. */
    Path elements() {
        return elements;
    }

    /** The connections CSV file, or null when not sent. */
    Path connections() {
        return connections;
    }

    /** The workbook file, or null when CSV parts were sent. */
    Path workbook() {
        return workbook;
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        delete(elements);
        delete(connections);
        delete(workbook);
    }

    private static Path keep(MultipartFile part, String suffix, List<Path> kept) throws IOException {
        if (part == null) {
            return null;
        }
        Path file = Files.createTempFile("convene-import-", suffix);
        kept.add(file);
        // an absolute path: a servlet container moves its own part file there where it can
        part.transferTo(file.toAbsolutePath().toFile());
        return file;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }
}
