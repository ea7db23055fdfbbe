package org.convene.exchange;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded XLSX workbook (the layout Kumu exports: sheets {@code Elements} and
 * {@code Connections}, matched case-insensitively) into the same {@link Table}s as the CSV reader,
 * so one planner judges both. The workbook is opened from a file, whose zip entries POI reads on
 * demand, and each sheet's XML is parsed as a stream ({@link SheetRows}); nothing builds the
 * workbook's object model, so a sheet of any length costs only its rows.
 *
 * <p>Anything that makes the file as a whole unreadable (empty, not a workbook, an old {@code .xls},
 * password-protected, macro-enabled, a zip bomb, broken XML) is one error with sheet
 * {@value #WORKBOOK}, row 0 and column null; a missing sheet is a file error of that sheet.
 */
public final class XlsxTables {

    /** The multipart part a workbook comes in, and the sheet that errors about the whole file name. */
    public static final String WORKBOOK = "workbook";

    static {
        PoiLimits.apply();
    }

    /**
     * What a workbook held: the two tables, or why it cannot be read at all.
     *
     * @param fileErrors errors about the workbook as a whole; when not empty, the tables are null
     */
    public record Workbook(Table elements, Table connections, List<ImportError> fileErrors) {

        public Workbook {
            fileErrors = List.copyOf(fileErrors);
        }

        static Workbook unreadable(String message) {
            return new Workbook(null, null, List.of(new ImportError(WORKBOOK, 0, null, message)));
        }
    }

    private XlsxTables() {}

    /** The tables in this workbook file. */
    public static Workbook read(Path file) {
        return read(file, row -> {});
    }

    /**
     * The tables in this workbook file.
     *
     * @param rowRead told the sheet row number of each row read, as it is read
     */
    public static Workbook read(Path file, IntConsumer rowRead) {
        try {
            if (Files.size(file) == 0) {
                return Workbook.unreadable("The workbook file is empty.");
            }
            FileMagic magic = FileMagic.valueOf(file.toFile());
            if (magic == FileMagic.OLE2) {
                return Workbook.unreadable(ole2(file.toFile()));
            }
            if (magic != FileMagic.OOXML) {
                return Workbook.unreadable(
                        "The workbook file is not an Excel workbook (.xlsx); to send CSV files, use the parts"
                                + " elements and connections.");
            }
        } catch (IOException | EmptyFileException e) {
            return Workbook.unreadable("The workbook file cannot be read: " + e.getMessage());
        }
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | POIXMLException | IllegalArgumentException e) {
            return Workbook.unreadable(
                    "The workbook file is a zip archive but not an Excel workbook (.xlsx); save it from Excel"
                            + " as an .xlsx workbook.");
        }
        try {
            return readPackage(workbook, rowRead);
        } catch (IOException e) {
            return Workbook.unreadable(unreadable(e));
        } catch (SAXException | OpenXML4JException | RuntimeException e) {
            return Workbook.unreadable("The workbook file is damaged and cannot be read (" + oneLine(e) + ").");
        } finally {
            workbook.revert();
        }
    }

    private static Workbook readPackage(OPCPackage workbook, IntConsumer rowRead)
            throws IOException, SAXException, OpenXML4JException {
        PackageRelationship main = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        if (main == null) {
            return Workbook.unreadable("The workbook file is a zip archive but not an Excel workbook (.xlsx); save it"
                    + " from Excel as an .xlsx workbook.");
        }
        PackagePart mainPart = workbook.getPart(main);
        String refused = refusedContentType(mainPart == null ? null : mainPart.getContentType());
        if (refused != null) {
            return Workbook.unreadable(refused);
        }
        XSSFReader reader = new XSSFReader(workbook);
        WorkbookIndex index = WorkbookIndex.read(reader);
        String elementsId = index.sheetId(Sheet.ELEMENTS);
        String connectionsId = index.sheetId(Sheet.CONNECTIONS);
        if (elementsId == null || connectionsId == null) {
            // the sheet that is there is not read: the planner checks no rows while a file error stands
            return new Workbook(
                    elementsId == null ? missing(Sheet.ELEMENTS, index) : unread(Sheet.ELEMENTS),
                    connectionsId == null ? missing(Sheet.CONNECTIONS, index) : unread(Sheet.CONNECTIONS),
                    List.of());
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        StylesTable styles = reader.getStylesTable();
        SheetRows.Formats formats = new SheetRows.Formats(styles, index.date1904);
        Table elements = sheet(reader, elementsId, Sheet.ELEMENTS, strings, formats, rowRead);
        Table connections = sheet(reader, connectionsId, Sheet.CONNECTIONS, strings, formats, rowRead);
        return new Workbook(elements, connections, List.of());
    }

    private static Table sheet(
            XSSFReader reader,
            String relationId,
            Sheet sheet,
            ReadOnlySharedStringsTable strings,
            SheetRows.Formats formats,
            IntConsumer rowRead)
            throws IOException, SAXException, OpenXML4JException {
        SheetRows rows = new SheetRows(strings, formats, rowRead);
        try (InputStream xml = reader.getSheet(relationId)) {
            XMLReader parser = newXmlReader();
            parser.setContentHandler(rows);
            parser.parse(new InputSource(xml));
        }
        if (rows.header() == null) {
            return Table.unreadable(sheet, 0, "The " + title(sheet) + " sheet is empty.");
        }
        return Table.of(sheet, "The " + title(sheet) + " sheet", rows.header(), rows.rows());
    }

    private static Table unread(Sheet sheet) {
        return Table.of(sheet, sheet.requiredColumns(), List.of());
    }

    private static Table missing(Sheet sheet, WorkbookIndex index) {
        return Table.unreadable(
                sheet,
                0,
                "The workbook has no sheet named %s (its sheets: %s)."
                        .formatted(title(sheet), String.join(", ", index.sheets.keySet())));
    }

    /** The sheet's name as Kumu writes it: {@code Elements}, {@code Connections}. */
    static String title(Sheet sheet) {
        return sheet.key().substring(0, 1).toUpperCase(Locale.ROOT)
                + sheet.key().substring(1);
    }

    /** Why a main part of this content type is refused, or null for an ordinary workbook. */
    private static String refusedContentType(String contentType) {
        if (XSSFRelation.WORKBOOK.getContentType().equals(contentType)
                || XSSFRelation.TEMPLATE_WORKBOOK.getContentType().equals(contentType)) {
            return null;
        }
        if (XSSFRelation.MACROS_WORKBOOK.getContentType().equals(contentType)
                || XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType().equals(contentType)
                || XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType().equals(contentType)) {
            return "The workbook is macro-enabled (.xlsm), which is not accepted; save it from Excel as an .xlsx"
                    + " workbook (without macros).";
        }
        if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(contentType)) {
            return "The workbook is a binary workbook (.xlsb), which is not accepted; save it from Excel as an .xlsx"
                    + " workbook.";
        }
        return "The workbook file is an Office document but not an Excel workbook (.xlsx).";
    }

    /** An OLE2 file is either an encrypted (password-protected) OOXML workbook or an old binary one. */
    private static String ole2(File file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file, true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || root.hasEntryCaseInsensitive(EncryptionInfo.class.getSimpleName())) {
                return "The workbook is password-protected; remove the password in Excel (File, Info, Protect"
                        + " Workbook) and send it again.";
            }
        } catch (IOException | RuntimeException e) {
            // not even a readable OLE2 container; the old-format answer below still fits best
        }
        return "The workbook is in the old Excel 97-2003 format (.xls), which is not accepted; save it from Excel as"
                + " an .xlsx workbook.";
    }

    private static String unreadable(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Zip bomb detected") || message.contains("potentially malicious")) {
            return "The workbook file was refused: it expands to far more data than its size suggests (a zip"
                    + " bomb), or holds more entries than a workbook has.";
        }
        return "The workbook file cannot be read (" + oneLine(e) + ").";
    }

    private static String oneLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static XMLReader newXmlReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser", e);
        }
    }

    /** The workbook part: each sheet's name and relationship id, and the date system. */
    private static final class WorkbookIndex extends DefaultHandler {
        private final Map<String, String> sheets = new LinkedHashMap<>();
        private boolean date1904;

        static WorkbookIndex read(XSSFReader reader) throws IOException, SAXException, OpenXML4JException {
            WorkbookIndex index = new WorkbookIndex();
            try (InputStream xml = reader.getWorkbookData()) {
                XMLReader parser = newXmlReader();
                parser.setContentHandler(index);
                parser.parse(new InputSource(xml));
            }
            return index;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("sheet".equals(localName)) {
                // <sheet name="Elements" sheetId="1" r:id="rId1"/>, read by local names as POI's own reader does
                String name = null;
                String id = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    if ("name".equals(attributes.getLocalName(i))) {
                        name = attributes.getValue(i);
                    } else if ("id".equals(attributes.getLocalName(i))) {
                        id = attributes.getValue(i);
                    }
                }
                if (name != null && id != null) {
                    sheets.putIfAbsent(name, id);
                }
            } else if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
        }

        /** The relationship id of the sheet whose name is this sheet's title, in any case. */
        String sheetId(Sheet sheet) {
            String wanted = title(sheet);
            for (Map.Entry<String, String> entry : sheets.entrySet()) {
                if (entry.getKey().strip().equalsIgnoreCase(wanted)) {
                    return entry.getValue();
                }
            }
            return null;
        }
    }
}
