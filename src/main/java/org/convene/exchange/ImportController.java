package org.convene.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.convene.system.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ImportController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportController.class);

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary importFiles(
            @RequestPart(required = false) MultipartFile elements,
            @RequestPart(required = false) MultipartFile connections,
            @RequestPart(required = false) MultipartFile workbook,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        if (workbook != null) {
            throw new InvalidRequestException(
                    "XLSX workbooks are not accepted yet; send the CSV parts 'elements' and 'connections'.");
        }
        long started = System.nanoTime();
        ImportSummary summary =
                importer.importCsv(bytes(elements), bytes(connections), dryRun, "import", names(elements, connections));
        log.debug("Import answered after {} ms, commit included", (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    /** The uploaded files' names, for the audit trail. */
    private static List<String> names(MultipartFile... parts) {
        List<String> names = new ArrayList<>();
        for (MultipartFile part : parts) {
            if (part != null) {
                String name = part.getOriginalFilename();
                names.add(name == null || name.isBlank() ? part.getName() : name.strip());
            }
        }
        return names;
    }

    private static byte[] bytes(MultipartFile part) {
        if (part == null) {
            return null;
        }
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded part " + part.getName(), e);
        }
    }
}
