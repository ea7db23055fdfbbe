package org.convene.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole store as one file and back: every node with its labels and properties and every
 * relationship with its type and properties (the graph, users with their password hashes, the
 * audit trail, stage history, the graph version), read in one read transaction so the snapshot is
 * consistent. The file is gzip'd JSON lines: a header line with the format and its version and the
 * counts, then one line per node ({@code "n"}) and per relationship ({@code "r"}). Text, booleans,
 * whole numbers and lists of them are plain JSON; a double, a date, a time, a duration, a point or
 * bytes is {@code {"$type":..., "value":...}}, so every value comes back with its Neo4j type. The
 * file is written beside its final name readable by the owner only and moved into place when
 * complete.
 */
final class Snapshot {

    /** The first line's {@code format}. */
    static final String FORMAT = "convene-backup";

    /** The version of the file layout this reads and writes. */
    static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 2_000;
    private static final String RESTORE_LABEL = "ConveneRestoring";
    private static final String KEY = "__restoreKey";

    private Snapshot() {}

    /** What a backup or a restore moved. */
    record Counts(long nodes, long relationships) {}

    /** Writes everything in the store to {@code file} (owner-only), in one read transaction. */
    static Counts backup(Driver driver, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        createOwnerOnly(partial);
        long nodes = 0;
        long relationships = 0;
        try (Session session = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build());
                var transaction = session.beginTransaction();
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16), StandardCharsets.UTF_8))) {
            Map<String, Object> counts = transaction
                    .run("RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships")
                    .single()
                    .asMap();
            ObjectNode header = JSON.createObjectNode();
            header.put("format", FORMAT);
            header.put("version", VERSION);
            header.put("createdAt", Instant.now().toString());
            header.put("nodes", ((Number) counts.get("nodes")).longValue());
            header.put("relationships", ((Number) counts.get("relationships")).longValue());
            line(out, header);
            var nodeRows = transaction.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, n AS node");
            while (nodeRows.hasNext()) {
                var row = nodeRows.next();
                ObjectNode node = JSON.createObjectNode();
                node.put("n", row.get("id").asString());
                var labels = node.putArray("labels");
                row.get("labels").asList(Value::asString).forEach(labels::add);
                node.set("props", properties(row.get("node").asNode().asMap(v -> v)));
                line(out, node);
                nodes++;
            }
            var relationshipRows = transaction.run("""
                    MATCH (a)-[r]->(b)
                    RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, r AS relationship
                    """);
            while (relationshipRows.hasNext()) {
                var row = relationshipRows.next();
                ObjectNode relationship = JSON.createObjectNode();
                relationship.put("r", row.get("type").asString());
                relationship.put("from", row.get("from").asString());
                relationship.put("to", row.get("to").asString());
                relationship.set(
                        "props",
                        properties(row.get("relationship").asRelationship().asMap(v -> v)));
                line(out, relationship);
                relationships++;
            }
            transaction.commit();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Counts(nodes, relationships);
    }

    /** How many nodes the store holds. */
    static long nodeCount(Driver driver) {
        try (Session session = driver.session()) {
            return session.run("RETURN COUNT { MATCH (n) } AS nodes")
                    .single()
                    .get("nodes")
                    .asLong();
        }
    }

    /** Deletes every node and relationship, in batches. */
    static void clear(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
    }

    /**
     * Loads {@code file} into an empty store: nodes first, carrying a temporary key, then the
     * relationships between them, then the key goes.
     *
     * @throws IllegalArgumentException when the file is not a backup of a version this reads
     */
    static Counts restore(Driver driver, Path file) throws IOException {
        long nodes = 0;
        long relationships = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8));
                Session session = driver.session()) {
            JsonNode header = header(in.readLine(), file);
            // the application's constraints and indexes first, as its start would apply them
            for (Schema.Script script : Schema.scripts()) {
                for (String statement : script.statements()) {
                    session.run(statement).consume();
                }
            }
            session.run("CREATE INDEX convene_restore_key IF NOT EXISTS FOR (n:" + RESTORE_LABEL + ") ON (n." + KEY
                            + ")")
                    .consume();
            session.run("CALL db.awaitIndexes(300)").consume();
            List<Map<String, Object>> nodeBatch = new ArrayList<>();
            List<Map<String, Object>> relationshipBatch = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                if (row.has("n")) {
                    List<String> labels = new ArrayList<>();
                    row.get("labels").forEach(label -> labels.add(label.asString()));
                    labels.add(RESTORE_LABEL);
                    nodeBatch.add(Map.of(
                            "key", row.get("n").asString(), "labels", labels, "props", values(row.get("props"))));
                    nodes++;
                    if (nodeBatch.size() == BATCH) {
                        writeNodes(session, nodeBatch);
                    }
                } else if (row.has("r")) {
                    writeNodes(session, nodeBatch); // every node precedes the relationships
                    relationshipBatch.add(Map.of(
                            "type", row.get("r").asString(),
                            "from", row.get("from").asString(),
                            "to", row.get("to").asString(),
                            "props", values(row.get("props"))));
                    relationships++;
                    if (relationshipBatch.size() == BATCH) {
                        writeRelationships(session, relationshipBatch);
                    }
                } else {
                    throw new IllegalArgumentException(
                            file + " holds a line that is neither a node nor a relationship");
                }
            }
            writeNodes(session, nodeBatch);
            writeRelationships(session, relationshipBatch);
            if (nodes != header.get("nodes").asLong()
                    || relationships != header.get("relationships").asLong()) {
                throw new IllegalArgumentException(file + " is incomplete: its header counts "
                        + header.get("nodes").asLong() + " nodes and "
                        + header.get("relationships").asLong()
                        + " relationships, it holds " + nodes + " and " + relationships);
            }
            session.run("MATCH (n:" + RESTORE_LABEL + ") CALL (n) { REMOVE n:" + RESTORE_LABEL + " REMOVE n." + KEY
                            + " } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
            session.run("DROP INDEX convene_restore_key IF EXISTS").consume();
        }
        return new Counts(nodes, relationships);
    }

    private static JsonNode header(String line, Path file) {
        JsonNode header;
        try {
            header = line == null ? null : JSON.readTree(line);
        } catch (RuntimeException e) {
            header = null;
        }
        if (header == null || !FORMAT.equals(header.path("format").asString(""))) {
            throw new IllegalArgumentException(file + " is not a Convene backup");
        }
        if (header.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException(file + " is a backup of format version "
                    + header.path("version").asString("?") + "; this version reads version " + VERSION);
        }
        return header;
    }

    private static void writeNodes(Session session, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        session.executeWriteWithoutResult(transaction ->
                transaction.run("""
                        UNWIND $rows AS row
                        CREATE (n:$(row.labels))
                        SET n = row.props, n.%s = row.key
                        """.formatted(KEY), Map.of("rows", batch)).consume());
        batch.clear();
    }

    private static void writeRelationships(Session session, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        session.executeWriteWithoutResult(transaction -> transaction
                .run("""
                        UNWIND $rows AS row
                        MATCH (a:%1$s {%2$s: row.from}), (b:%1$s {%2$s: row.to})
                        CREATE (a)-[r:$(row.type)]->(b)
                        SET r = row.props
                        """.formatted(RESTORE_LABEL, KEY), Map.of("rows", batch))
                .consume());
        batch.clear();
    }

    private static void line(BufferedWriter out, JsonNode line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static ObjectNode properties(Map<String, Value> properties) {
        ObjectNode json = JSON.createObjectNode();
        properties.forEach((key, value) -> json.set(key, encode(value)));
        return json;
    }

    /** A property value as the file holds it. */
    static JsonNode encode(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value.hasType(types.STRING())) {
            return JSON.getNodeFactory().stringNode(value.asString());
        }
        if (value.hasType(types.BOOLEAN())) {
            return JSON.getNodeFactory().booleanNode(value.asBoolean());
        }
        if (value.hasType(types.INTEGER())) {
            return JSON.getNodeFactory().numberNode(value.asLong());
        }
        if (value.hasType(types.LIST())) {
            var list = JSON.createArrayNode();
            value.values().forEach(item -> list.add(encode(item)));
            return list;
        }
        if (value.hasType(types.FLOAT())) {
            return typed("float", Double.toString(value.asDouble()));
        }
        if (value.hasType(types.DATE())) {
            return typed("date", value.asLocalDate().toString());
        }
        if (value.hasType(types.DATE_TIME())) {
            return typed("datetime", value.asZonedDateTime().toString());
        }
        if (value.hasType(types.LOCAL_DATE_TIME())) {
            return typed("localdatetime", value.asLocalDateTime().toString());
        }
        if (value.hasType(types.TIME())) {
            return typed("time", value.asOffsetTime().toString());
        }
        if (value.hasType(types.LOCAL_TIME())) {
            return typed("localtime", value.asLocalTime().toString());
        }
        if (value.hasType(types.DURATION())) {
            IsoDuration duration = value.asIsoDuration();
            return typed(
                    "duration",
                    duration.months() + " " + duration.days() + " " + duration.seconds() + " "
                            + duration.nanoseconds());
        }
        if (value.hasType(types.POINT())) {
            Point point = value.asPoint();
            return typed(
                    "point",
                    point.srid() + " " + point.x() + " " + point.y()
                            + (Double.isNaN(point.z()) ? "" : " " + point.z()));
        }
        if (value.hasType(types.BYTES())) {
            return typed("bytes", Base64.getEncoder().encodeToString(value.asByteArray()));
        }
        throw new IllegalStateException("A property of type " + value.type().name() + " cannot be backed up");
    }

    private static ObjectNode typed(String type, String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("$type", type);
        node.put("value", text);
        return node;
    }

    private static Map<String, Object> values(JsonNode properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties.properties().forEach(field -> values.put(field.getKey(), decode(field.getValue())));
        return values;
    }

    /** A property value read back from the file, as the driver sends it. */
    static Object decode(JsonNode json) {
        if (json.isString()) {
            return json.asString();
        }
        if (json.isBoolean()) {
            return json.asBoolean();
        }
        if (json.isIntegralNumber()) {
            return json.asLong();
        }
        if (json.isArray()) {
            List<Object> items = new ArrayList<>();
            json.forEach(item -> items.add(decode(item)));
            return items;
        }
        String text = json.path("value").asString();
        return switch (json.path("$type").asString("")) {
            case "float" -> Double.parseDouble(text);
            case "date" -> LocalDate.parse(text);
            case "datetime" -> ZonedDateTime.parse(text);
            case "localdatetime" -> LocalDateTime.parse(text);
            case "time" -> OffsetTime.parse(text);
            case "localtime" -> LocalTime.parse(text);
            case "duration" -> {
                String[] parts = text.split(" ");
                yield Values.isoDuration(
                        Long.parseLong(parts[0]),
                        Long.parseLong(parts[1]),
                        Long.parseLong(parts[2]),
                        Integer.parseInt(parts[3]));
            }
            case "point" -> {
                String[] parts = text.split(" ");
                int srid = Integer.parseInt(parts[0]);
                yield parts.length == 3
                        ? Values.point(srid, Double.parseDouble(parts[1]), Double.parseDouble(parts[2]))
                        : Values.point(
                                srid,
                                Double.parseDouble(parts[1]),
                                Double.parseDouble(parts[2]),
                                Double.parseDouble(parts[3]));
            }
            case "bytes" -> Base64.getDecoder().decode(text);
            default -> throw new IllegalArgumentException("A property value the backup format does not know: " + json);
        };
    }
}
