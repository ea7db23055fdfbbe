package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plans CSV text against a fake store, for tests that read as the spreadsheet a user uploads. */
final class CsvImports {

    static final String NO_CONNECTIONS = "From,To\n";

    private CsvImports() {}

    static Table table(Sheet sheet, String csv) {
        return CsvTables.read(sheet, csv.getBytes(StandardCharsets.UTF_8));
    }

    static ImportOutcome plan(String elements, String connections, StoredGraph store) {
        return new ImportPlanner().plan(table(Sheet.ELEMENTS, elements), table(Sheet.CONNECTIONS, connections), store);
    }

    static ImportPlan planned(String elements, String connections, StoredGraph store) {
        ImportOutcome outcome = plan(elements, connections, store);
        assertThat(outcome).isInstanceOf(ImportOutcome.Planned.class);
        return ((ImportOutcome.Planned) outcome).plan();
    }

    static List<ImportError> rejected(String elements, String connections, StoredGraph store) {
        ImportOutcome outcome = plan(elements, connections, store);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).errors();
    }

    static ImportError onlyError(String elements, String connections, StoredGraph store) {
        List<ImportError> errors = rejected(elements, connections, store);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    /** The error names this place, and its one-sentence message quotes the bad value. */
    static void assertError(ImportError error, String sheet, int row, String column, String quoted) {
        assertThat(error.sheet()).isEqualTo(sheet);
        assertThat(error.row()).isEqualTo(row);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.message()).contains(quoted).endsWith(".");
    }
}
