package org.convene.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code java -jar convene.jar backup --to FILE} and {@code restore --from FILE [--replace]}: a
 * whole store to one owner-only file and back ({@link Snapshot}). The store is the embedded one in
 * {@code --data-dir DIR} (default {@code data}, as the application's), started without the web
 * application while the application is stopped, or a running Neo4j over Bolt with {@code --uri
 * bolt://... --user U --password P} (or {@code SPRING_NEO4J_URI},
 * {@code SPRING_NEO4J_AUTHENTICATION_USERNAME} and {@code SPRING_NEO4J_AUTHENTICATION_PASSWORD}).
 * A restore goes only into an empty store, or with {@code --replace} into one whose contents it
 * deletes first.
 */
public final class BackupCommand {

    /** Exit status: done. */
    static final int DONE = 0;

    /** Exit status: the store, the file or the connection failed. */
    static final int FAILED = 1;

    /** Exit status: the options are not valid. */
    static final int BAD_OPTIONS = 2;

    /** Exit status: a restore into a store that holds data, without {@code --replace}. */
    static final int REFUSED = 3;

    static final String USAGE = """
            Usage:
              java -jar convene.jar backup  --to FILE     [STORE]
              java -jar convene.jar restore --from FILE   [--replace] [STORE]
            STORE is one of:
              --data-dir DIR                 the embedded store in DIR (default: data), with the application stopped
              --uri bolt://HOST:PORT --user USER --password PASSWORD
                                             a running Neo4j (or SPRING_NEO4J_URI, SPRING_NEO4J_AUTHENTICATION_USERNAME,
                                             SPRING_NEO4J_AUTHENTICATION_PASSWORD)
            A restore refuses a store that holds data unless --replace is given, which deletes it first.
            """;

    private BackupCommand() {}

    /** Runs {@code backup} or {@code restore} (the first argument) and exits with its status. */
    public static void main(String... args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/convene/store/logback-command.xml");
        }
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The command's options, as given. */
    record Options(String command, Path file, boolean replace, Path dataDir, String uri, String user, String password) {

        static Options parse(String[] args, Map<String, String> environment) {
            if (args.length == 0 || !(args[0].equals("backup") || args[0].equals("restore"))) {
                throw new IllegalArgumentException("Say backup or restore.");
            }
            String command = args[0];
            Path file = null;
            boolean replace = false;
            Path dataDir = null;
            String uri = null;
            String user = null;
            String password = null;
            for (int i = 1; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--replace")) {
                    replace = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value.");
                }
                String value = args[++i];
                switch (option) {
                    case "--to" -> file = command.equals("backup") ? Path.of(value) : unknown(option);
                    case "--from" -> file = command.equals("restore") ? Path.of(value) : unknown(option);
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--uri" -> uri = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    default -> unknown(option);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException(
                        command + " needs " + (command.equals("backup") ? "--to" : "--from") + " FILE.");
            }
            if (replace && command.equals("backup")) {
                throw new IllegalArgumentException("--replace is for restore.");
            }
            if (dataDir != null && uri != null) {
                throw new IllegalArgumentException("Give --data-dir or --uri, not both.");
            }
            if (dataDir == null && uri == null) {
                uri = blankToNull(environment.get("SPRING_NEO4J_URI"));
            }
            if (uri != null) {
                user = user != null ? user : blankToNull(environment.get("SPRING_NEO4J_AUTHENTICATION_USERNAME"));
                password = password != null
                        ? password
                        : blankToNull(environment.get("SPRING_NEO4J_AUTHENTICATION_PASSWORD"));
                if (user == null || password == null) {
                    throw new IllegalArgumentException("--uri needs --user and --password.");
                }
            } else if (dataDir == null) {
                dataDir = Path.of("data");
            }
            return new Options(command, file, replace, dataDir, uri, user, password);
        }

        private static Path unknown(String option) {
            throw new IllegalArgumentException("Unknown option " + option + ".");
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** Runs the command; returns its exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return BAD_OPTIONS;
        }
        if (options.command().equals("restore") && !Files.isReadable(options.file())) {
            err.println("Cannot read " + options.file() + ".");
            return FAILED;
        }
        if (options.command().equals("backup")
                && options.file().toAbsolutePath().getParent() != null
                && !Files.isDirectory(options.file().toAbsolutePath().getParent())) {
            err.println("The directory of " + options.file() + " does not exist.");
            return FAILED;
        }
        EmbeddedNeo4j embedded = null;
        try {
            Driver driver;
            String where;
            if (options.uri() != null) {
                driver = GraphDatabase.driver(options.uri(), AuthTokens.basic(options.user(), options.password()));
                where = options.uri();
            } else {
                if (options.command().equals("backup")
                        && !Files.isDirectory(options.dataDir().resolve("neo4j"))) {
                    err.println("There is no store in " + options.dataDir() + ".");
                    return FAILED;
                }
                embedded = EmbeddedNeo4j.start(options.dataDir(), 0, "256m", false);
                driver = GraphDatabase.driver(
                        embedded.boltUri(),
                        AuthTokens.basic(EmbeddedNeo4j.USER, embedded.password()),
                        Config.builder().withoutEncryption().build());
                where = options.dataDir().toAbsolutePath().toString();
            }
            try (driver) {
                driver.verifyConnectivity();
                if (options.command().equals("backup")) {
                    Snapshot.Counts counts = Snapshot.backup(driver, options.file());
                    out.println("Backed up " + counts.nodes() + " nodes and " + counts.relationships()
                            + " relationships from " + where + " to " + options.file() + ".");
                    return DONE;
                }
                long present = Snapshot.nodeCount(driver);
                if (present > 0) {
                    if (!options.replace()) {
                        err.println("The store at " + where + " already holds " + present
                                + " nodes; restore replaces a store only with --replace, which deletes them first."
                                + " Nothing was changed.");
                        return REFUSED;
                    }
                    Snapshot.clear(driver);
                }
                Snapshot.Counts counts = Snapshot.restore(driver, options.file());
                out.println("Restored " + counts.nodes() + " nodes and " + counts.relationships()
                        + " relationships from " + options.file() + " into " + where + ".");
                return DONE;
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(options.command() + " failed: " + e);
            return FAILED;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
