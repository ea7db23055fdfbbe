package org.convene.exchange;

import java.util.ArrayList;
import java.util.List;

import org.convene.system.InvalidRequestException;
import org.convene.system.Today;
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
    private final Today today;

    Importer(StoredGraph store, ImportWriter writer, Today today) {
        this.store = store;
        this.writer = writer;
        this.today = today;
    }

    /**
     * Imports the two CSV parts; a part that is {@code null} was not sent.
     *
     * @param source recorded on the ties and affiliations created, e.g. {@code import} or {@code demo}
     * @throws InvalidRequestException with every error, when anything in the files is invalid
     */
    @Transactional
    public ImportSummary importCsv(byte[] elements, byte[] connections, boolean dryRun, String source) {
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
        ImportOutcome outcome = new ImportPlanner(today.date())
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
