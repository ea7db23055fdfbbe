package org.convene.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.system.AuditTrail;
import org.convene.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports a Kumu-style spreadsheet: reads the parts, plans against the store, and writes all of it
 * in one transaction, or rejects it whole with every error found.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final StoredGraph store;
    private final ImportWriter writer;
    private final AuditTrail audit;

    Importer(StoredGraph store, ImportWriter writer, AuditTrail audit) {
        this.store = store;
        this.writer = writer;
        this.audit = audit;
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
        return importCsv(elements, connections, dryRun, source, List.of());
    }

    /**
     * Imports the two CSV parts, as {@link #importCsv(byte[], byte[], boolean, String)}; {@code files}
     * are the uploaded files' names, for the import's audit entry.
     */
    @Transactional
    public ImportSummary importCsv(
            byte[] elements, byte[] connections, boolean dryRun, String source, List<String> files) {
        long started = System.nanoTime();
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
        ImportOutcome outcome = new ImportPlanner()
                .plan(CsvTables.read(Sheet.ELEMENTS, elements), CsvTables.read(Sheet.CONNECTIONS, connections), store);
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
                    changes(plan));
        }
        writer.write(plan, source);
        audit.event(
                IMPORTED,
                TYPE,
                null,
                files.isEmpty() ? source : String.join(", ", files),
                AuditTrail.values(
                        "source",
                        source,
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
                        plan.updates().size()),
                touched(plan));
        log.info(
                "Imported {} people, {} organizations, {} ties, {} affiliations, {} partnerships in {} ms",
                counts.people(),
                counts.organizations(),
                counts.ties(),
                counts.affiliations(),
                counts.partnerships(),
                (System.nanoTime() - started) / 1_000_000);
        logCommitTime();
        return new ImportSummary(
                counts.people(),
                counts.organizations(),
                counts.ties(),
                counts.affiliations(),
                counts.partnerships(),
                null,
                null);
    }

    /** At debug level, how long the commit took: for a large import, a good part of the whole. */
    private static void logCommitTime() {
        if (!log.isDebugEnabled() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        long[] committing = new long[1];
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
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

    private static ImportSummary.Changes changes(ImportPlan plan) {
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
                renames);
    }
}
