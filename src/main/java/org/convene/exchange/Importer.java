package org.convene.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.system.AuditTrail;
import org.convene.system.InvalidRequestException;
import org.convene.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports a Kumu-style spreadsheet: reads the parts (two CSV files or one workbook), plans against
 * the store, and writes all of it in one transaction, or rejects it whole with every error found.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final StoredGraph store;
    private final ImportWriter writer;
    private final StoredLinks links;
    private final AuditTrail audit;
    private final Today today;

    Importer(StoredGraph store, ImportWriter writer, StoredLinks links, AuditTrail audit, Today today) {
        this.store = store;
        this.writer = writer;
        this.links = links;
        this.audit = audit;
        this.today = today;
    }

    /** The audit trail's action and type for an import. */
    static final String IMPORTED = "imported";

    static final String TYPE = "import";

    /**
     * Imports the two CSV parts; a part that is {@code null} was not sent.
     *
     * @param source recorded on the ties and affiliations created, e.g. {@code import} or {@code demo}
     * @throws InvalidRequestException with every error, when anything in the files is invalid
     */
    @Transactional
    public ImportSummary importCsv(byte[] elements, byte[] connections, boolean dryRun, String source) {
        ImportProgress progress = ImportProgress.untracked();
        return run(
                () -> csvTables(stream(elements), stream(connections), progress), dryRun, source, List.of(), progress);
    }

    /**
     * Imports an XLSX workbook file (sheets Elements and Connections), which stays the caller's.
     *
     * @throws InvalidRequestException with every error, when anything in the workbook is invalid
     */
    @Transactional
    public ImportSummary importWorkbook(Path workbook, boolean dryRun, String source) {
        return importUpload(Upload.borrowedWorkbook(workbook), dryRun, source, ImportProgress.untracked());
    }

    /** Imports an upload, telling {@code progress} how far it got. */
    @Transactional
    ImportSummary importUpload(Upload upload, boolean dryRun, String source, ImportProgress progress) {
        if (upload.isWorkbook()) {
            return run(() -> workbookTables(upload.workbook(), progress), dryRun, source, upload.names(), progress);
        }
        return run(
                () -> {
                    try (InputStream elements = open(upload.elements());
                            InputStream connections = open(upload.connections())) {
                        return csvTables(elements, connections, progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the uploaded files", e);
                    }
                },
                dryRun,
                source,
                upload.names(),
                progress);
    }

    /** Reads the tables to import; throws {@link InvalidRequestException} for a file unreadable as a whole. */
    private interface TableSource {
        Table[] read();
    }

    private ImportSummary run(
            TableSource source, boolean dryRun, String recordedSource, List<String> files, ImportProgress progress) {
        long started = System.nanoTime();
        progress.start(ImportProgress.Phase.READING, -1);
        Table[] tables = source.read();
        ImportOutcome outcome = new ImportPlanner(today.date()).plan(tables[0], tables[1], store, progress);
        if (outcome instanceof ImportOutcome.Rejected rejected) {
            throw new InvalidRequestException(rejected.summary(), rejected.errors());
        }
        ImportPlan plan = ((ImportOutcome.Planned) outcome).plan();
        ImportPlan.Counts counts = plan.counts();
        if (dryRun) {
            return new ImportSummary(
                    counts.people(),
                    counts.organizations(),
                    counts.ties(),
                    counts.affiliations(),
                    counts.partnerships(),
                    true,
                    changes(plan, links.existing(plan)));
        }
        long changedElements = writer.write(plan, recordedSource, progress);
        audit.event(
                IMPORTED,
                TYPE,
                null,
                files.isEmpty() ? recordedSource : String.join(", ", files),
                AuditTrail.values(
                        "source",
                        recordedSource,
                        "files",
                        files,
                        "people",
                        counts.people(),
                        "organizations",
                        counts.organizations(),
                        "ties",
                        counts.ties(),
                        "affiliations",
                        counts.affiliations(),
                        "partnerships",
                        counts.partnerships(),
                        "created",
                        plan.creates().size(),
                        "changed",
                        changedElements),
                touched(plan));
        log.info(
                "Imported {} people, {} organizations, {} ties, {} affiliations, {} partnerships in {} ms",
                counts.people(),
                counts.organizations(),
                counts.ties(),
                counts.affiliations(),
                counts.partnerships(),
                (System.nanoTime() - started) / 1_000_000);
        whenCommitting(progress);
        return new ImportSummary(
                counts.people(),
                counts.organizations(),
                counts.ties(),
                counts.affiliations(),
                counts.partnerships(),
                null,
                null);
    }

    private static Table[] csvTables(InputStream elements, InputStream connections, ImportProgress progress) {
        List<ImportError> missing = new ArrayList<>();
        if (elements == null) {
            missing.add(new ImportError(Sheet.ELEMENTS.key(), 0, null, "The elements part is missing."));
        }
        if (connections == null) {
            missing.add(new ImportError(Sheet.CONNECTIONS.key(), 0, null, "The connections part is missing."));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing.get(0).message(), missing);
        }
        return new Table[] {
            CsvTables.read(Sheet.ELEMENTS, elements, row -> progress.advance(1)),
            CsvTables.read(Sheet.CONNECTIONS, connections, row -> progress.advance(1))
        };
    }

    private static Table[] workbookTables(Path file, ImportProgress progress) {
        XlsxTables.Workbook workbook = XlsxTables.read(file, row -> progress.advance(1));
        if (!workbook.fileErrors().isEmpty()) {
            throw new InvalidRequestException(
                    new ImportOutcome.Rejected(
                                    workbook.fileErrors(), workbook.fileErrors().size())
                            .summary(),
                    workbook.fileErrors());
        }
        return new Table[] {workbook.elements(), workbook.connections()};
    }

    private static InputStream stream(byte[] bytes) {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    private static InputStream open(Path file) throws IOException {
        return file == null ? null : Files.newInputStream(file);
    }

    /**
     * Tells {@code progress} when the commit starts (for a large import, a good part of the whole)
     * and, at debug level, logs how long it took.
     */
    private static void whenCommitting(ImportProgress progress) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        long[] committing = new long[1];
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                progress.start(ImportProgress.Phase.COMMITTING, -1);
                committing[0] = System.nanoTime();
            }

            @Override
            public void afterCommit() {
                log.debug("Committed the import in {} ms", (System.nanoTime() - committing[0]) / 1_000_000);
            }
        });
    }

    /**
     * The ids of every element the import wrote: those it created or changed and both ends of
     * every tie, affiliation and partnership in the file, so each one's audit trail finds it.
     */
    private static List<String> touched(ImportPlan plan) {
        Set<String> ids = new LinkedHashSet<>();
        plan.creates().forEach(element -> ids.add(element.id()));
        plan.updates().forEach(element -> ids.add(element.id()));
        plan.ties().forEach(tie -> {
            ids.add(tie.personIdA());
            ids.add(tie.personIdB());
        });
        plan.affiliations().forEach(affiliation -> {
            ids.add(affiliation.personId());
            ids.add(affiliation.organizationId());
        });
        plan.partnerships().forEach(partnership -> {
            ids.add(partnership.organizationIdA());
            ids.add(partnership.organizationIdB());
        });
        return List.copyOf(ids);
    }

    private static ImportSummary.Changes changes(ImportPlan plan, StoredLinks.Existing existing) {
        int createPeople = (int) plan.creates().stream()
                .filter(e -> e.type() == ElementType.PERSON)
                .count();
        int updatePeople = (int) plan.updates().stream()
                .filter(e -> e.type() == ElementType.PERSON)
                .count();
        int renames = (int)
                plan.updates().stream().filter(e -> e.renamedFrom() != null).count();
        return new ImportSummary.Changes(
                createPeople,
                plan.creates().size() - createPeople,
                updatePeople,
                plan.updates().size() - updatePeople,
                renames,
                plan.ties().size() - existing.ties(),
                existing.ties(),
                plan.affiliations().size() - existing.affiliations(),
                existing.affiliations(),
                plan.partnerships().size() - existing.partnerships(),
                existing.partnerships());
    }
}
