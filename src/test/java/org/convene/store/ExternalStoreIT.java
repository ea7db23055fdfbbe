package org.convene.store;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code spring.neo4j.uri} set, the application uses that Neo4j and starts no store of its
 * own. The "server" here is a separately started Neo4j on a random Bolt port, since this machine
 * has no Docker engine; {@link ExternalStoreContainerIT} does the same against the Neo4j image.
 */
class ExternalStoreIT {

    @TempDir
    Path serverDir;

    @TempDir
    Path appDataDir;

    @Test
    void theAppWritesToTheExternalNeo4jAndKeepsNoStoreOfItsOwn() {
        try (var server = EmbeddedNeo4j.start(serverDir, 0, "32m", false)) {
            ExternalStoreChecks.writeThroughTheAppAndReadInTheStore(
                    server.boltUri(), EmbeddedNeo4j.USER, server.password(), appDataDir);
        }
    }
}
