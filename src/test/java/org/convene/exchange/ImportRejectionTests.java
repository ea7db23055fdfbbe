package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.convene.exchange.CsvImports.NO_CONNECTIONS;
import static org.convene.exchange.CsvImports.assertError;
import static org.convene.exchange.CsvImports.rejected;
import static org.convene.exchange.CsvImports.table;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A rejected import lists every error, in file order, whole-file errors included, from CSV files and workbooks alike. */
class ImportRejectionTests {

    private final FakeStoredGraph store = new FakeStoredGraph();

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void reportsEveryErrorInFileOrder(SpreadsheetFormat format) {
        // when
        List<ImportError> errors = format.rejected("""
                Label,Type,Stage
                Ana Ruiz,Persn,curious
                Ben Cole,Person,
                Ben Cole,Person,
                """, """
                From,To,Strength
                Ana Ruiz,Nobody,0
                """, store);

        // then
        assertThat(errors)
                .extracting(ImportError::sheet, ImportError::row, ImportError::column)
                .containsExactly(
                        tuple("elements", 2, "Type"),
                        tuple("elements", 2, "Stage"),
                        tuple("elements", 4, "Label"),
                        tuple("connections", 2, "To"),
                        tuple("connections", 2, "Strength"));
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void listsErrorsUpToTheCapAndThenSaysHowManyMore(SpreadsheetFormat format) {
        // given
        StringBuilder elements = new StringBuilder("Label,Type\n");
        for (int i = 0; i < 5; i++) {
            elements.append("Person ").append(i).append(",Alien\n");
        }

        // when
        Table[] tables = format.tables(elements.toString(), NO_CONNECTIONS);
        ImportOutcome outcome = new ImportPlanner(3).plan(tables[0], tables[1], store);

        // then
        ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
        assertThat(rejected.total()).isEqualTo(5);
        assertThat(rejected.errors()).hasSize(4);
        assertThat(rejected.errors().get(3))
                .isEqualTo(new ImportError(
                        "elements", 0, null, "2 more errors are not listed; fix these and import again."));
        assertThat(rejected.summary()).isEqualTo("The import has 5 errors, so nothing was imported.");
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void reportsTheFileErrorsOfBothFiles(SpreadsheetFormat format) {
        // when
        List<ImportError> errors = format.rejected("", "From,Type\nAna Ruiz,Knows\n", store);

        // then
        assertThat(errors)
                .containsExactly(
                        new ImportError("elements", 0, null, format.named(Sheet.ELEMENTS) + " is empty."),
                        new ImportError(
                                "connections", 0, null, format.named(Sheet.CONNECTIONS) + " has no To column."));
    }

    @Test
    void reportsAByteThatIsNotUtf8OnItsRow() {
        // given
        byte[] latin1 = "Label,Type\n\nCl\u00e9o,Person\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        ImportOutcome outcome = new ImportPlanner()
                .plan(CsvTables.read(Sheet.ELEMENTS, latin1), table(Sheet.CONNECTIONS, NO_CONNECTIONS), store);

        // then
        assertThat(((ImportOutcome.Rejected) outcome).errors())
                .singleElement()
                .satisfies(error -> assertError(error, "elements", 3, null, "0xE9"));
    }

    @Test
    void doesNotAskTheStoreWhenAFileIsUnreadable() {
        // when
        rejected("Label\nAna Ruiz\n", NO_CONNECTIONS, store);

        // then
        assertThat(store.idLookups + store.labelLookups + store.sectorLookups).isZero();
    }
}
