package org.convene.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable only over Bolt on 127.0.0.1 and only with
 * the password generated on its first start, so the application talks to it through the driver
 * exactly as it would to a server, and no other local process gets in unnoticed.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    /** The built-in account the application uses; its password is ours, never the default. */
    public static final String USER = "neo4j";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String PASSWORD_FILE = "store-password";

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final DatabaseManagementService service;
    private final String password;
    private final int boltPort;

    private EmbeddedNeo4j(Path dataDir, int requestedPort, String pageCache, boolean deleteOnClose) {
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        long started = System.nanoTime();
        createOwnerOnlyDirectory(dataDir);
        Path home = dataDir.resolve("neo4j");
        this.password = ensurePassword(home, pageCache);
        this.service = builder(home, pageCache)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", requestedPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .build();
        try {
            var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            this.boltPort = database.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        log.info(
                "Embedded Neo4j started in {} ms; store in {}; Bolt on bolt://127.0.0.1:{} (user {}, password in {})",
                (System.nanoTime() - started) / 1_000_000,
                dataDir.toAbsolutePath(),
                boltPort,
                USER,
                dataDir.resolve(PASSWORD_FILE).toAbsolutePath());
    }

    /** The settings every start shares: authentication on, a bounded page cache, no old transaction logs. */
    private static DatabaseManagementServiceBuilder builder(Path home, String pageCache) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // Keep no transaction logs beyond what recovery needs, so a removed person does not
                // linger in old log files.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false");
    }

    /**
     * Starts the store in {@code dataDir}, creating it on first use.
     *
     * @param boltPort the port on 127.0.0.1, 0 for a free one
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache, boolean deleteOnClose) {
        Objects.requireNonNull(dataDir, "dataDir");
        return new EmbeddedNeo4j(dataDir.toAbsolutePath().normalize(), boltPort, pageCache, deleteOnClose);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        service.shutdown();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    /**
     * Reads the password kept beside the store, or generates one on first start. When the store
     * or the password file is new, the password is set on the store's account in a start without
     * Bolt, so the store never listens with its default password. The application owns the store
     * files, so it may set the password again when the file is gone; nothing else can, as the
     * data directory is readable by the owner only.
     */
    private String ensurePassword(Path home, String pageCache) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        boolean newStore =
                !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
        boolean kept = Files.exists(file);
        if (kept && !newStore) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the store password in " + file, e);
            }
        }
        String password;
        if (kept) {
            try {
                password = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the store password in " + file, e);
            }
        } else {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        DatabaseManagementService offline =
                builder(home, pageCache).setConfig(BoltConnector.enabled, false).build();
        try {
            offline.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } finally {
            offline.shutdown();
        }
        if (!kept) {
            writeOwnerOnly(file, password);
        }
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Another process created " + file + " while the store started", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the store password to " + file, e);
        }
    }

    private static void createOwnerOnlyDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                dir.toFile().setReadable(false, false);
                dir.toFile().setReadable(true, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }
}
