package org.convene.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.convene.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 100,000-row workbook and a 100,000-row pair of CSV files (20,000 people and 80,000 ties each)
 * sent over HTTP to the packaged application running in its own JVM with {@code -Xmx512m}, the
 * embedded Neo4j sharing that heap, on a fresh store. The child JVM exits on an
 * OutOfMemoryError rather than limping on, so running out of heap fails the test.
 */
class SmallHeapImportIT {

    static final int PEOPLE = 20_000;
    static final int TIES = 80_000;
    static final String PASSWORD = "small-heap-admin-password";

    /** The child JVM's heap; {@code -Dconvene.small-heap=512m} tries another. */
    static final String HEAP = System.getProperty("convene.small-heap", "512m");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static Path folder;
    static Process app;
    static int port;

    @BeforeAll
    static void startTheApplicationWithASmallHeap() throws Exception {
        Path jar = Path.of("target", "convene.jar");
        assertThat(jar)
                .as("the packaged application (the package phase runs before the integration tests)")
                .exists();
        folder = Files.createTempDirectory("convene-small-heap-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx" + HEAP,
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Xlog:gc:file=" + folder.resolve("gc.log"),
                        "-jar",
                        jar.toString(),
                        "--convene.data-dir=" + folder.resolve("data"),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--convene.demo=false")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("app.log").toFile());
        builder.environment().put("CONVENE_ADMIN_PASSWORD", PASSWORD);
        app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive())
                    .as("the application is running\n" + tail("app.log"))
                    .isTrue();
            try {
                HttpResponse<String> health = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the application did not start in 6 minutes\n" + tail("app.log"));
    }

    @AfterAll
    static void stopTheApplication() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(1, TimeUnit.MINUTES)) {
                app.destroyForcibly();
                app.waitFor(1, TimeUnit.MINUTES);
            }
        }
        if (folder != null) {
            System.out.println(
                    "SmallHeapImportIT: -Xmx" + HEAP + ", peak heap after a collection " + peakHeapAfterGc() + " MB");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Reading and checking stream: a dry run of either upload answers its counts in 512 MB.
     * Writing is one transaction, which the embedded store holds in the same heap: measured on
     * 1 December 2026, 100,000 new rows need more than 768 MB (-Xmx512m and -Xmx768m both end in
     * the store's transaction memory limit, 70% of the heap, at the commit). So the import must
     * either go through whole or answer 503 with nothing written and the server still up.
     */
    @Test
    void aHundredThousandRowsAreReadAndCheckedInASmallHeapAndWrittenWholeOrNotAtAll() throws Exception {
        Path workbook = folder.resolve("network.xlsx");
        writeWorkbook(workbook, "Sheet Person ");
        List<Part> fromWorkbook = List.of(new Part("workbook", workbook, "network.xlsx", Api.XLSX));
        Path elements = folder.resolve("elements.csv");
        Path connections = folder.resolve("connections.csv");
        writeCsv(elements, connections, "Csv Person ");
        List<Part> fromCsv = List.of(
                new Part("elements", elements, "elements.csv", "text/csv"),
                new Part("connections", connections, "connections.csv", "text/csv"));

        for (List<Part> upload : List.of(fromWorkbook, fromCsv)) {
            Answer dryRun = send(upload, "?dryRun=true");
            assertThat(dryRun.status())
                    .as(dryRun.body() + "\n" + tail("app.log"))
                    .isEqualTo(200);
            assertThat(dryRun.json().get("people").asInt()).isEqualTo(PEOPLE);
            assertThat(dryRun.json().get("ties").asInt()).isEqualTo(TIES);
            assertThat(dryRun.json().get("changes").get("createPeople").asInt()).isEqualTo(PEOPLE);
            assertThat(dryRun.json().get("changes").get("createTies").asInt()).isEqualTo(TIES);
        }
        assertThat(storedPeople()).as("dry runs write nothing").isZero();

        // the writer is one for both formats, so writing the workbook shows it; -Dconvene.small-heap.both
        // writes the CSV files as well
        long stored = 0;
        for (List<Part> upload : Boolean.getBoolean("convene.small-heap.both")
                ? List.of(fromWorkbook, fromCsv)
                : List.of(fromWorkbook)) {
            Answer answer = send(upload, "");
            if (answer.status() == 200) {
                assertThat(answer.json().get("people").asInt()).isEqualTo(PEOPLE);
                assertThat(answer.json().get("ties").asInt()).isEqualTo(TIES);
                stored += PEOPLE;
            } else {
                assertThat(answer.status())
                        .as(answer.body() + "\n" + tail("app.log"))
                        .isEqualTo(503);
                assertThat(answer.json().get("error").asString()).contains("nothing was imported");
            }
            assertThat(storedPeople()).as("all of the file or none of it").isEqualTo(stored);
        }
        assertThat(app.isAlive()).as("the application survived the imports").isTrue();
    }

    /** The ties both files hold: distinct random pairs, the same for every run. */
    private static List<int[]> ties() {
        Random random = new Random(7);
        Set<Long> seen = new HashSet<>();
        List<int[]> ties = new ArrayList<>(TIES);
        while (ties.size() < TIES) {
            int a = random.nextInt(PEOPLE);
            int b = random.nextInt(PEOPLE);
            if (a != b && seen.add((long) Math.min(a, b) * PEOPLE + Math.max(a, b))) {
                ties.add(new int[] {a, b, 1 + random.nextInt(5)});
            }
        }
        return ties;
    }

    private static void writeWorkbook(Path file, String prefix) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet elements = workbook.createSheet("Elements");
            cells(elements.createRow(0), "Label", "Type", "Sector", "Coalition", "Stage");
            for (int i = 0; i < PEOPLE; i++) {
                cells(
                        elements.createRow(i + 1),
                        prefix + i,
                        "Person",
                        "families",
                        i % 50 == 0 ? "yes" : "no",
                        "early majority");
            }
            Sheet connections = workbook.createSheet("Connections");
            cells(connections.createRow(0), "From", "To", "Type", "Strength", "Context");
            int r = 1;
            for (int[] tie : ties()) {
                Row row = connections.createRow(r++);
                cells(row, prefix + tie[0], prefix + tie[1], "Knows");
                row.createCell(3).setCellValue(tie[2]); // a number cell, as a spreadsheet keeps it
                row.createCell(4).setCellValue("colleague");
            }
            workbook.write(out);
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static void writeCsv(Path elements, Path connections, String prefix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(elements, StandardCharsets.UTF_8)) {
            out.write("Label,Type,Sector,Coalition,Stage\n");
            for (int i = 0; i < PEOPLE; i++) {
                out.write(prefix + i + ",Person,families," + (i % 50 == 0 ? "yes" : "no") + ",early majority\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(connections, StandardCharsets.UTF_8)) {
            out.write("From,To,Type,Strength,Context\n");
            for (int[] tie : ties()) {
                out.write(prefix + tie[0] + "," + prefix + tie[1] + ",Knows," + tie[2] + ",colleague\n");
            }
        }
    }

    record Part(String name, Path file, String filename, String contentType) {}

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Sends the files as one multipart request, streamed from disk. */
    private static Answer send(List<Part> parts, String query) throws Exception {
        String boundary = "convene-small-heap-boundary";
        List<HttpRequest.BodyPublisher> body = new ArrayList<>();
        for (Part part : parts) {
            body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + part.name() + "\"; filename=\"" + part.filename() + "\"\r\nContent-Type: "
                    + part.contentType() + "\r\n\r\n"));
            body.add(HttpRequest.BodyPublishers.ofFile(part.file()));
            body.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        }
        body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        long started = System.nanoTime();
        HttpResponse<String> answer = HTTP.send(
                authorized("/api/import" + query)
                        .timeout(Duration.ofMinutes(15))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.concat(body.toArray(HttpRequest.BodyPublisher[]::new)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "SmallHeapImportIT: %s%s, %d rows, %d in %.1f s = %.0f rows/s under -Xmx%s%n",
                parts.get(0).name().equals("workbook") ? "XLSX" : "CSV",
                query.isEmpty() ? "" : " " + query,
                PEOPLE + TIES,
                answer.statusCode(),
                seconds,
                (PEOPLE + TIES) / seconds,
                HEAP);
        return new Answer(answer.statusCode(), answer.body());
    }

    private static long storedPeople() throws Exception {
        HttpResponse<String> answer =
                HTTP.send(authorized("/api/people?limit=1").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Long.parseLong(answer.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The largest heap in use after a collection, from the child's GC log (MB). */
    private static int peakHeapAfterGc() {
        try {
            Matcher after = Pattern.compile("\\d+M->(\\d+)M").matcher(Files.readString(folder.resolve("gc.log")));
            int peak = 0;
            while (after.find()) {
                peak = Math.max(peak, Integer.parseInt(after.group(1)));
            }
            return peak;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String tail(String log) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(log), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }
}
