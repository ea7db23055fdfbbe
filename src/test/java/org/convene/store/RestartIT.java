package org.convene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;

import org.convene.ConveneApplication;
import org.convene.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store keeps what was written across a stop and a start. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
        String id;
        try (var app = start()) {
            id = api(app).post("/api/people", Map.of("name", "Persisted Pell", "role", "Librarian"))
                    .json()
                    .get("id")
                    .asString();
        }
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("store-password")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(dataDir))
                .as("no other local user reads the store")
                .containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);

        try (var app = start()) {
            var person = api(app).get("/api/people/" + id);
            assertThat(person.status()).isEqualTo(200);
            assertThat(person.json().get("role").asString()).isEqualTo("Librarian");
        }
    }

    @Test
    void aStoreDeletedBesideItsKeptPasswordFileStartsAfreshWithThatPassword() throws Exception {
        try (var app = start()) {
            assertThat(api(app).get("/api/sectors").status()).isEqualTo(200);
        }
        String password = Files.readString(dataDir.resolve("store-password"));
        try (var files = Files.walk(dataDir.resolve("neo4j"))) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }

        try (var app = start()) {
            assertThat(api(app).get("/api/sectors").status()).isEqualTo(200);
        }
        assertThat(Files.readString(dataDir.resolve("store-password"))).isEqualTo(password);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConveneApplication.class)
                .run(
                        "--convene.data-dir=" + dataDir,
                        "--convene.demo=false",
                        "--server.port=0",
                        "--convene.embedded.page-cache=32m",
                        "--convene.admin.password=restart-secret");
    }

    private static Api api(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return Api.on(port).as("admin", "restart-secret");
    }
}
