package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+1 555", "-Dana", "@cmd", "\tTabbed", "\rReturn"})
    void aTextStartingWithAFormulaCharacterIsWrittenWithALeadingQuoteAndReadBackUnchanged(String text) {
        String written = SpreadsheetCells.neutralise(text);

        assertThat(written).isEqualTo("'" + text);
        assertThat(SpreadsheetCells.restore(written)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dana Ortiz", "'quoted", "O'Neil", "3", "2025-03-01", ""})
    void anyOtherTextIsWrittenAsItIs(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo(text);
    }

    @Test
    void theImporterDropsOnlyOneQuoteAndOnlyBeforeAFormulaCharacter() {
        assertThat(SpreadsheetCells.restore("''=x")).isEqualTo("''=x");
        assertThat(SpreadsheetCells.restore("'Dana")).isEqualTo("'Dana");
        assertThat(SpreadsheetCells.restore("'-3")).isEqualTo("-3");
        assertThat(SpreadsheetCells.restore("'")).isEqualTo("'");
    }

    @Test
    void aCsvImportReadsAnEscapedFormulaLabelAsTheLabel() {
        Table table = CsvTables.read(
                Sheet.ELEMENTS,
                "Label,Type\n'=HYPERLINK(\"x\"),Person\n'-Dana,Person\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows().stream().map(row -> table.cell(row, "Label")).toList())
                .isEqualTo(List.of("=HYPERLINK(\"x\")", "-Dana"));
    }
}
