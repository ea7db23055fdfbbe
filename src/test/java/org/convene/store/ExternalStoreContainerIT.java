package org.convene.store;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The external path against the Neo4j 5.26 image, where a Docker engine is available. */
@Testcontainers(disabledWithoutDocker = true)
class ExternalStoreContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("container-secret");

    @TempDir
    Path appDataDir;

    @Test
    void theAppWritesToTheNeo4jContainerAndKeepsNoStoreOfItsOwn() {
        ExternalStoreChecks.writeThroughTheAppAndReadInTheStore(
                NEO4J.getBoltUrl(), "neo4j", "container-secret", appDataDir);
    }
}
