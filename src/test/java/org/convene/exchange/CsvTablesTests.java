package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTablesTests {

    private static Table elements(String csv) {
        return CsvTables.read(Sheet.ELEMENTS, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> lines(Table table) {
        return table.rows().stream().map(Table.Row::line).toList();
    }

    @Test
    void headerNamesAreTrimmedCaseInsensitiveInAnyOrderAndUnknownOnesIgnored() {
        // given
        String csv = " type ,Favourite colour,LABEL\nPerson,blue,Ann\n";

        // when
        Table table = elements(csv);

        // then
        Table.Row row = table.rows().get(0);
        assertThat(table.fileErrors()).isEmpty();
        assertThat(table.cell(row, "Label")).isEqualTo("Ann");
        assertThat(table.cell(row, "Type")).isEqualTo("Person");
        assertThat(table.cell(row, "Sector")).isEmpty();
    }

    @Test
    void cellsAreTrimmed() {
        // given
        String csv = "Label,Type\n  Ann  ,\" Person \"\n";

        // when
        Table table = elements(csv);

        // then
        assertThat(table.cell(table.rows().get(0), "Label")).isEqualTo("Ann");
        assertThat(table.cell(table.rows().get(0), "Type")).isEqualTo("Person");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        // given
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Label,Type\nAnn,Person\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        // when
        Table table = CsvTables.read(Sheet.ELEMENTS, bytes);

        // then
        assertThat(table.fileErrors()).isEmpty();
        assertThat(table.cell(table.rows().get(0), "Label")).isEqualTo("Ann");
    }

    @Test
    void blankLinesAreSkippedButStillCountInRowNumbers() {
        // given
        String csv = "Label,Type\r\n\r\nAnn,Person\r\n ,  \r\n,,\r\nBob,Person\r\n";

        // when
        Table table = elements(csv);

        // then
        assertThat(lines(table)).containsExactly(3, 6);
    }

    @Test
    void rowNumbersCountLineBreaksInsideQuotedCells() {
        // given
        String csv = "Label,Type,Description\nAnn,Person,\"two\nlines\"\nBob,Person,\n";

        // when
        Table table = elements(csv);

        // then
        assertThat(lines(table)).containsExactly(2, 4);
        assertThat(table.cell(table.rows().get(0), "Description")).isEqualTo("two\nlines");
    }

    @Test
    void aHeaderOnlyFileHasNoRows() {
        // when
        Table table = elements("Label,Type\n");

        // then
        assertThat(table.fileErrors()).isEmpty();
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void aFileWithNoBytesIsEmpty() {
        // when
        Table table = CsvTables.read(Sheet.ELEMENTS, new byte[0]);

        // then
        assertThat(table.fileErrors())
                .containsExactly(new ImportError("elements", 0, null, "The elements file is empty."));
    }

    @Test
    void aFileOfOnlyAByteOrderMarkAndWhitespaceIsEmpty() {
        // when
        Table table = CsvTables.read(Sheet.CONNECTIONS, "\uFEFF \r\n\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(table.fileErrors())
                .containsExactly(new ImportError("connections", 0, null, "The connections file is empty."));
    }

    @Test
    void aByteThatIsNotUtf8IsReportedOnTheRowItIsOn() {
        // given: "José" in Latin-1 on the third line
        byte[] bytes = "Label,Type\nAnn,Person\nJos\u00e9,Person\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        Table table = CsvTables.read(Sheet.ELEMENTS, bytes);

        // then
        assertThat(table.fileErrors()).singleElement().satisfies(error -> {
            assertThat(error.sheet()).isEqualTo("elements");
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.column()).isNull();
            assertThat(error.message()).contains("not UTF-8").contains("0xE9");
        });
    }

    @Test
    void aMissingRequiredColumnIsAFileErrorNamingIt() {
        // when
        Table table = CsvTables.read(Sheet.CONNECTIONS, "From,Type\nAnn,Knows\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(table.fileErrors())
                .containsExactly(new ImportError("connections", 0, null, "The connections file has no To column."));
    }

    @Test
    void aColumnGivenTwiceIsAFileError() {
        // when
        Table table = elements("Label,Type,label\nAnn,Person,Annie\n");

        // then
        assertThat(table.fileErrors())
                .containsExactly(
                        new ImportError("elements", 0, null, "The elements file has more than one Label column."));
    }

    @Test
    void malformedQuotingIsAFileError() {
        // when
        Table table = elements("Label,Type\nAnn,Person\n\"Bob,Person\n");

        // then
        assertThat(table.fileErrors())
                .containsExactly(new ImportError(
                        "elements",
                        0,
                        null,
                        "The elements file is not valid CSV: the quote opened on row 3 is never closed."));
    }
}
