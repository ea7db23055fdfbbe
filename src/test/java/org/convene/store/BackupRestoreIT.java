package org.convene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup of the demo city restores into a fresh data dir, where the application started on it
 * (a child JVM of {@code target/convene.jar}) gives the same answers as the one it was taken from;
 * a restore into a store that holds data is refused without {@code --replace}.
 */
@ConveneIntegrationTest
class BackupRestoreIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j store;

    @TempDir
    Path temporary;

    /** What a command printed and its exit status. */
    private record Ran(int status, String out, String err) {}

    private Ran command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BackupCommand.run(
                args,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBackupRestoredIntoAFreshDataDirGivesTheSameAnswers() throws Exception {
        Path file = temporary.resolve("city.backup.gz");
        Path dataDir = temporary.resolve("restored");

        Ran backup = command(
                "backup",
                "--to",
                file.toString(),
                "--uri",
                store.boltUri(),
                "--user",
                EmbeddedNeo4j.USER,
                "--password",
                store.password());

        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        JsonNode header;
        try (var in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            header = JsonMapper.builder().build().readTree(in.readLine());
        }
        assertThat(header.get("format").asString()).isEqualTo(Snapshot.FORMAT);
        assertThat(header.get("version").asInt()).isEqualTo(Snapshot.VERSION);
        assertThat(header.get("nodes").asLong()).isPositive();

        Ran restore = command("restore", "--from", file.toString(), "--data-dir", dataDir.toString());
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out())
                .contains("Restored " + header.get("nodes").asLong() + " nodes and "
                        + header.get("relationships").asLong() + " relationships");

        Ran refused = command("restore", "--from", file.toString(), "--data-dir", dataDir.toString());
        assertThat(refused.status()).isEqualTo(BackupCommand.REFUSED);
        assertThat(refused.err())
                .contains("already holds")
                .contains("--replace")
                .contains("Nothing was changed");

        Ran replaced = command("restore", "--from", file.toString(), "--data-dir", dataDir.toString(), "--replace");
        assertThat(replaced.status()).as(replaced.err()).isZero();

        Ran again =
                command("backup", "--to", temporary.resolve("again.gz").toString(), "--data-dir", dataDir.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out())
                .as("the restored store holds what was backed up, once")
                .contains("Backed up " + header.get("nodes").asLong() + " nodes and "
                        + header.get("relationships").asLong() + " relationships");

        assertThat(command(
                                "restore",
                                "--from",
                                temporary.resolve("missing.gz").toString(),
                                "--data-dir",
                                dataDir.toString())
                        .status())
                .isEqualTo(BackupCommand.FAILED);
        assertThat(command("restore", "--data-dir", dataDir.toString()).status())
                .isEqualTo(BackupCommand.BAD_OPTIONS);

        List<String> paths = answersToCompare();
        int childPort = freePort();
        Process child = startApplication(dataDir, childPort);
        try {
            Api original = Api.on(port).asAdmin();
            Api restored = Api.on(childPort).asAdmin();
            for (String path : paths) {
                var expected = original.get(path);
                var actual = restored.get(path);
                assertThat(actual.status())
                        .as(path)
                        .isEqualTo(expected.status())
                        .isEqualTo(200);
                assertThat(comparable(path, actual)).as(path).isEqualTo(comparable(path, expected));
            }
        } finally {
            child.destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * An answer as the comparison reads it: the body, except that the map's edges, which it lists in
     * no promised order (the store's, which a restore does not keep), are sorted.
     */
    private static List<String> comparable(String path, Api.Response answer) {
        if (!path.startsWith("/api/map")) {
            return List.of(answer.body());
        }
        var map = (ObjectNode) answer.json();
        List<String> edges = new ArrayList<>();
        map.get("edges").forEach(edge -> edges.add(edge.toString()));
        edges.sort(null);
        map.remove("edges");
        List<String> parts = new ArrayList<>(List.of(map.toString()));
        parts.addAll(edges);
        return parts;
    }

    /** The people list, every analysis answer and the audit trail, for one demo person where one is needed. */
    private List<String> answersToCompare() {
        String person = Api.on(port)
                .asViewer()
                .get("/api/people?limit=1&q=a")
                .json()
                .get(0)
                .get("id")
                .asString();
        return List.of(
                "/api/people",
                "/api/people/" + person,
                "/api/organizations",
                "/api/sectors",
                "/api/ties?person=" + person,
                "/api/map",
                "/api/map?focus=" + person + "&hops=2",
                "/api/reach?target=" + person,
                "/api/reach/introducers?target=" + person,
                "/api/coverage",
                "/api/communities",
                "/api/bridges",
                "/api/bridges/ties",
                "/api/recruit",
                "/api/metrics?measure=degree",
                "/api/metrics?measure=betweenness",
                "/api/metrics?measure=closeness",
                "/api/metrics?measure=eigenvector",
                "/api/metrics?measure=brokerage",
                "/api/audit?limit=1000");
    }

    private Process startApplication(Path dataDir, int childPort) throws IOException, InterruptedException {
        Path jar = Path.of("target", "convene.jar");
        assertThat(jar)
                .as("the packaged application (the package phase runs before the integration tests)")
                .exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = temporary.resolve("child.log");
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + childPort,
                        "--convene.data-dir=" + dataDir,
                        "--convene.embedded.page-cache=64m",
                        "--convene.demo=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // generous: on a machine shared with other builds the application has taken 5 minutes to start
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the restored application stopped:\n" + tail(log));
            }
            try {
                if (Api.on(childPort).asAdmin().get("/api/sectors").status() == 200) {
                    return child;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        child.destroyForcibly();
        throw new AssertionError("the restored application did not answer within 10 minutes:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
