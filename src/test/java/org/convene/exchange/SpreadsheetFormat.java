package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The two forms a spreadsheet comes in. Tests written as CSV text run through both: as the two
 * CSV files, and as a workbook with the same cells on the same rows ({@link Workbooks}), which
 * must plan alike, errors and their sheet, row and column included.
 */
enum SpreadsheetFormat {
    CSV,
    XLSX;

    /** The Elements and Connections tables these CSV texts make in this format. */
    Table[] tables(String elements, String connections) {
        if (this == CSV) {
            return new Table[] {
                CsvImports.table(Sheet.ELEMENTS, elements), CsvImports.table(Sheet.CONNECTIONS, connections)
            };
        }
        XlsxTables.Workbook workbook = Workbooks.read(Workbooks.fromCsv(elements, connections));
        assertThat(workbook.fileErrors()).as("the workbook is readable").isEmpty();
        return new Table[] {workbook.elements(), workbook.connections()};
    }

    /** How errors about a whole sheet name it: {@code The elements file}, {@code The Elements sheet}. */
    String named(Sheet sheet) {
        return this == CSV ? "The " + sheet.key() + " file" : "The " + XlsxTables.title(sheet) + " sheet";
    }

    ImportOutcome plan(String elements, String connections, StoredGraph store) {
        Table[] tables = tables(elements, connections);
        return new ImportPlanner().plan(tables[0], tables[1], store);
    }

    ImportPlan planned(String elements, String connections, StoredGraph store) {
        ImportOutcome outcome = plan(elements, connections, store);
        assertThat(outcome).isInstanceOf(ImportOutcome.Planned.class);
        return ((ImportOutcome.Planned) outcome).plan();
    }

    List<ImportError> rejected(String elements, String connections, StoredGraph store) {
        ImportOutcome outcome = plan(elements, connections, store);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        return ((ImportOutcome.Rejected) outcome).errors();
    }

    ImportError onlyError(String elements, String connections, StoredGraph store) {
        List<ImportError> errors = rejected(elements, connections, store);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }
}
