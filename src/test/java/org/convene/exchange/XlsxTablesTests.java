package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/** A workbook reads as the tables its CSV files would, typed cells as the text a person types. */
class XlsxTablesTests {

    private static final String CONNECTIONS = "From,To\n";

    /** A workbook with a Connections sheet of just its header and an Elements sheet set up by hand. */
    private static XlsxTables.Workbook elements(Consumer<XSSFSheet> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill.accept(workbook.createSheet("Elements"));
            workbook.createSheet("Connections").createRow(0).createCell(0).setCellValue("From");
            workbook.getSheet("Connections").getRow(0).createCell(1).setCellValue("To");
            return Workbooks.read(Workbooks.bytes(workbook));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void header(XSSFSheet sheet, String... columns) {
        for (int i = 0; i < columns.length; i++) {
            Workbooks.cell(sheet, 1, i).setCellValue(columns[i]);
        }
    }

    private static ImportError onlyFileError(byte[] bytes) {
        XlsxTables.Workbook workbook = Workbooks.read(bytes);
        assertThat(workbook.fileErrors()).hasSize(1);
        ImportError error = workbook.fileErrors().get(0);
        assertThat(error.sheet()).isEqualTo("workbook");
        assertThat(error.row()).isZero();
        assertThat(error.column()).isNull();
        return error;
    }

    @Test
    void aNumberReadsAsItsValueWhateverItsDisplayFormat() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            header(sheet, "Label", "Type", "Description", "Tags", "Role");
            CellStyle twoDecimals = sheet.getWorkbook().createCellStyle();
            twoDecimals.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00"));
            Workbooks.cell(sheet, 2, 0).setCellValue(4.0);
            Workbooks.cell(sheet, 2, 1).setCellValue(4.5);
            Workbooks.cell(sheet, 2, 2).setCellValue(4);
            Workbooks.cell(sheet, 2, 2).setCellStyle(twoDecimals);
            Workbooks.cell(sheet, 2, 3).setCellValue(12_345_678_901.0);
            Workbooks.cell(sheet, 2, 4).setCellValue(-0.25);
        });

        // then
        Table table = workbook.elements();
        Table.Row row = table.rows().get(0);
        assertThat(table.cell(row, "Label")).isEqualTo("4");
        assertThat(table.cell(row, "Type")).isEqualTo("4.5");
        assertThat(table.cell(row, "Description")).as("shown as 4.00").isEqualTo("4");
        assertThat(table.cell(row, "Tags")).isEqualTo("12345678901");
        assertThat(table.cell(row, "Role")).isEqualTo("-0.25");
    }

    @Test
    void aDateCellReadsAsItsIsoDateAndADateTimeKeepsItsTime() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            header(sheet, "Label", "Type", "Description");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("d mmm yyyy"));
            CellStyle builtIn = sheet.getWorkbook().createCellStyle();
            builtIn.setDataFormat((short) 14); // m/d/yy, the built-in short date
            Workbooks.cell(sheet, 2, 0).setCellValue(LocalDate.of(2025, 3, 1));
            Workbooks.cell(sheet, 2, 0).setCellStyle(date);
            Workbooks.cell(sheet, 2, 1).setCellValue(LocalDate.of(1999, 12, 31));
            Workbooks.cell(sheet, 2, 1).setCellStyle(builtIn);
            Workbooks.cell(sheet, 2, 2).setCellValue(LocalDateTime.of(2025, 3, 1, 14, 30));
            Workbooks.cell(sheet, 2, 2).setCellStyle(date);
        });

        // then
        Table table = workbook.elements();
        Table.Row row = table.rows().get(0);
        assertThat(table.cell(row, "Label")).isEqualTo("2025-03-01");
        assertThat(table.cell(row, "Type")).isEqualTo("1999-12-31");
        assertThat(table.cell(row, "Description")).isEqualTo("2025-03-01T14:30:00");
    }

    @Test
    void aDateInAWorkbookOfThe1904DateSystemReadsAsTheSameDate() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            sheet.getWorkbook().getCTWorkbook().getWorkbookPr().setDate1904(true);
            header(sheet, "Label", "Type");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat((short) 14);
            Workbooks.cell(sheet, 2, 0).setCellValue(LocalDate.of(2025, 3, 1));
            Workbooks.cell(sheet, 2, 0).setCellStyle(date);
        });

        // then
        assertThat(workbook.elements().cell(workbook.elements().rows().get(0), "Label"))
                .isEqualTo("2025-03-01");
    }

    @Test
    void aBooleanReadsAsTrueOrFalseAndAnErrorAsExcelShowsIt() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            header(sheet, "Label", "Type", "Coalition");
            Workbooks.cell(sheet, 2, 0).setCellValue("Ana Ruiz");
            Workbooks.cell(sheet, 2, 1).setCellErrorValue(FormulaError.NA.getCode());
            Workbooks.cell(sheet, 2, 2).setCellValue(true);
            Workbooks.cell(sheet, 3, 0).setCellValue("Ben Cole");
            Workbooks.cell(sheet, 3, 2).setCellValue(false);
        });

        // then
        Table table = workbook.elements();
        assertThat(table.cell(table.rows().get(0), "Coalition")).isEqualTo("true");
        assertThat(table.cell(table.rows().get(0), "Type")).isEqualTo("#N/A");
        assertThat(table.cell(table.rows().get(1), "Coalition")).isEqualTo("false");
    }

    @Test
    void aFormulaReadsAsItsCachedValue() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            header(sheet, "Label", "Type", "Description", "Coalition");
            Workbooks.cell(sheet, 2, 0).setCellFormula("\"Ana \"&\"Ruiz\"");
            Workbooks.cell(sheet, 2, 1).setCellValue("Person");
            Workbooks.cell(sheet, 2, 2).setCellFormula("2+2");
            Workbooks.cell(sheet, 2, 3).setCellFormula("1=1");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        // then
        Table table = workbook.elements();
        Table.Row row = table.rows().get(0);
        assertThat(table.cell(row, "Label")).isEqualTo("Ana Ruiz");
        assertThat(table.cell(row, "Description")).isEqualTo("4");
        assertThat(table.cell(row, "Coalition")).isEqualTo("true");
    }

    @Test
    void richTextReadsAsItsPlainText() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            header(sheet, "Label", "Type");
            XSSFFont bold = sheet.getWorkbook().createFont();
            bold.setBold(true);
            XSSFRichTextString name = new XSSFRichTextString("Ana Ruiz");
            name.applyFont(0, 3, bold);
            Workbooks.cell(sheet, 2, 0).setCellValue(name);
            Workbooks.cell(sheet, 2, 1).setCellValue("Person");
        });

        // then
        assertThat(workbook.elements().cell(workbook.elements().rows().get(0), "Label"))
                .isEqualTo("Ana Ruiz");
    }

    @Test
    void rowsAreNumberedAsTheSheetNumbersThemWithBlankRowsBetweenAndTrailingEmptyRowsIgnored() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            Workbooks.cell(sheet, 3, 0).setCellValue("Label");
            Workbooks.cell(sheet, 3, 1).setCellValue("Type");
            Workbooks.cell(sheet, 4, 0).setCellValue("Ana Ruiz");
            Workbooks.cell(sheet, 7, 1).setCellValue("Person");
            Workbooks.cell(sheet, 8, 0).setCellValue("   ");
            // formatted but empty cells far below, as a sheet someone once scrolled through
            CellStyle filled = sheet.getWorkbook().createCellStyle();
            filled.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            for (int r = 10; r < 60; r++) {
                Workbooks.cell(sheet, r, 0).setCellStyle(filled);
            }
        });

        // then
        assertThat(workbook.elements().fileErrors()).isEmpty();
        assertThat(workbook.elements().rows()).extracting(Table.Row::line).containsExactly(4, 7);
    }

    @Test
    void aCellRightOfTheHeaderIsNotKeptButMakesItsRowNotBlank() {
        // when
        XlsxTables.Workbook workbook = elements(sheet -> {
            header(sheet, "Label", "Type");
            Workbooks.cell(sheet, 2, 9).setCellValue("a note");
        });

        // then
        Table table = workbook.elements();
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(table.cell(row, "Label")).isEmpty();
            assertThat(row.cells()).hasSize(3);
        });
    }

    @Test
    void sheetsAreMatchedCaseInsensitivelyAndOtherSheetsIgnored() {
        // given
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("Read me", "Anything,at all\n");
        sheets.put("CONNECTIONS", "From,To\nAna Ruiz,Ben Cole\n");
        sheets.put("elements", "Label,Type\nAna Ruiz,Person\nBen Cole,Person\n");

        // when
        XlsxTables.Workbook workbook = Workbooks.read(Workbooks.fromCsv(sheets));

        // then
        assertThat(workbook.fileErrors()).isEmpty();
        assertThat(workbook.elements().rows()).hasSize(2);
        assertThat(workbook.connections().cell(workbook.connections().rows().get(0), "To"))
                .isEqualTo("Ben Cole");
    }

    @Test
    void aMissingSheetIsAFileErrorOfThatSheetNamingTheSheetsThereAre() {
        // when
        XlsxTables.Workbook workbook =
                Workbooks.read(Workbooks.fromCsv(Map.of("Sheet1", "Label,Type\nAna Ruiz,Person\n")));

        // then
        assertThat(workbook.fileErrors()).isEmpty();
        assertThat(workbook.elements().fileErrors())
                .containsExactly(new ImportError(
                        "elements", 0, null, "The workbook has no sheet named Elements (its sheets: Sheet1)."));
        assertThat(workbook.connections().fileErrors())
                .containsExactly(new ImportError(
                        "connections", 0, null, "The workbook has no sheet named Connections (its sheets: Sheet1)."));
    }

    @Test
    void aSheetWithoutARequiredColumnNamesTheSheet() {
        // when
        XlsxTables.Workbook workbook = Workbooks.read(Workbooks.fromCsv("Label\nAna Ruiz\n", CONNECTIONS));

        // then
        assertThat(workbook.elements().fileErrors())
                .containsExactly(new ImportError("elements", 0, null, "The Elements sheet has no Type column."));
    }

    @Test
    void anInlineStringWorkbookAsSxssfWritesItReadsLikeAnyOther() throws IOException {
        // given
        byte[] bytes;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            SXSSFSheet elements = workbook.createSheet("Elements");
            elements.createRow(0).createCell(0).setCellValue("Label");
            elements.getRow(0).createCell(1).setCellValue("Type");
            for (int i = 1; i <= 50; i++) {
                elements.createRow(i).createCell(0).setCellValue("Person " + i);
                elements.getRow(i).createCell(1).setCellValue("Person");
            }
            SXSSFSheet connections = workbook.createSheet("Connections");
            connections.createRow(0).createCell(0).setCellValue("From");
            connections.getRow(0).createCell(1).setCellValue("To");
            connections.getRow(0).createCell(2).setCellValue("Strength");
            connections.createRow(1).createCell(0).setCellValue("Person 1");
            connections.getRow(1).createCell(1).setCellValue("Person 2");
            connections.getRow(1).createCell(2).setCellValue(4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }

        // when
        XlsxTables.Workbook workbook = Workbooks.read(bytes);

        // then
        assertThat(workbook.elements().rows()).hasSize(50);
        assertThat(workbook.elements().cell(workbook.elements().rows().get(49), "Label"))
                .isEqualTo("Person 50");
        assertThat(workbook.elements().rows().get(49).line()).isEqualTo(51);
        assertThat(workbook.connections().cell(workbook.connections().rows().get(0), "Strength"))
                .isEqualTo("4");
    }

    @Test
    void rowsReadAreReportedAsTheyAreRead() {
        // given
        byte[] bytes = Workbooks.fromCsv("Label,Type\nAna Ruiz,Person\n\nBen Cole,Person\n", "From,To\n");
        List<Integer> read = new java.util.ArrayList<>();

        // when
        XlsxTables.read(Workbooks.file(bytes), read::add);

        // then
        assertThat(read).as("the blank row too").containsExactly(1, 2, 3, 4, 1);
    }

    // ---- the file as a whole

    @Test
    void aFileWithNoBytesIsEmpty() {
        assertThat(onlyFileError(new byte[0]).message()).isEqualTo("The workbook file is empty.");
    }

    @Test
    void aTextFileCalledXlsxIsNotAWorkbook() {
        ImportError error = onlyFileError("Label,Type\nAna Ruiz,Person\n".getBytes(StandardCharsets.UTF_8));

        assertThat(error.message()).startsWith("The workbook file is not an Excel workbook (.xlsx)");
    }

    @Test
    void anOldXlsWorkbookIsRefusedAsSuch() throws IOException {
        // given
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Elements").createRow(0).createCell(0).setCellValue("Label");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xls = out.toByteArray();
        }

        // then
        assertThat(onlyFileError(xls).message()).contains("old Excel 97-2003 format (.xls)");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAsSuch() throws Exception {
        // given: an ordinary workbook encrypted as Excel does, into an OLE2 container
        byte[] plain = Workbooks.fromCsv("Label,Type\nAna Ruiz,Person\n", CONNECTIONS);
        byte[] encrypted;
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("a secret passphrase");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(plain);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            container.writeFilesystem(bytes);
            encrypted = bytes.toByteArray();
        }

        // then
        assertThat(onlyFileError(encrypted).message()).contains("password-protected");
    }

    @Test
    void aMacroEnabledWorkbookIsRefusedAsSuch() throws IOException {
        // given
        byte[] xlsm;
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            workbook.createSheet("Elements").createRow(0).createCell(0).setCellValue("Label");
            workbook.createSheet("Connections");
            xlsm = Workbooks.bytes(workbook);
        }

        // then
        assertThat(onlyFileError(xlsm).message()).contains("macro-enabled (.xlsm)");
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentIsNotAWorkbook() throws IOException {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("elements.csv"));
            zip.write("Label,Type\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        // then
        assertThat(onlyFileError(bytes.toByteArray()).message())
                .contains("a zip archive but not an Excel workbook (.xlsx)");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        // given: a real workbook whose Elements sheet is 40 MB of XML that deflates a thousandfold
        byte[] workbook = Workbooks.fromCsv("Label,Type\nAna Ruiz,Person\n", CONNECTIONS);
        byte[] bomb = replaceEntry(workbook, "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).as("small on the wire").isLessThan(200_000);

        // then
        assertThat(onlyFileError(bomb).message()).contains("zip bomb");
    }

    @Test
    void aSheetOfBrokenXmlIsAFileError() throws IOException {
        // given
        byte[] workbook = Workbooks.fromCsv("Label,Type\nAna Ruiz,Person\n", CONNECTIONS);
        byte[] broken = replaceEntry(
                workbook,
                "xl/worksheets/sheet1.xml",
                out -> out.write("<worksheet><sheetData><row".getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(onlyFileError(broken).message()).startsWith("The workbook file is damaged and cannot be read");
    }

    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] replaceEntry(byte[] zip, String name, EntryWriter content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    content.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
