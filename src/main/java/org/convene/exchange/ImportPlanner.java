package org.convene.exchange;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.convene.exchange.CellValues.ConnectionType;
import org.convene.exchange.ImportPlan.Affiliation;
import org.convene.exchange.ImportPlan.ElementFields;
import org.convene.exchange.ImportPlan.ElementUpdate;
import org.convene.exchange.ImportPlan.NewElement;
import org.convene.exchange.ImportPlan.Partnership;
import org.convene.exchange.ImportPlan.Tie;
import org.convene.network.Level;
import org.convene.network.Stage;

/**
 * Checks an import's Elements and Connections tables against the contract and the stored graph,
 * and resolves every label to an element id. It reads all rows first, then asks the store once
 * per kind of lookup, so its cost grows with the rows and not with the store's round trips.
 * Every error is reported (up to a cap), because a user fixing a spreadsheet wants the whole list.
 */
final class ImportPlanner {

    /** How many errors a rejection lists before a closing note says how many more there are. */
    public static final int ERROR_CAP = 1000;

    private static final String ID = "ID";
    private static final String LABEL = "Label";
    private static final String TYPE = "Type";
    private static final String SECTOR = "Sector";
    private static final String LEVEL = "Level";
    private static final String ORGANIZATION = "Organization";
    private static final String ROLE = "Role";
    private static final String COALITION = "Coalition";
    private static final String STAGE = "Stage";
    private static final String DESCRIPTION = "Description";
    private static final String TAGS = "Tags";
    private static final String FROM = "From";
    private static final String TO = "To";
    private static final String STRENGTH = "Strength";
    private static final String CONTEXT = "Context";

    private final int errorCap;

    public ImportPlanner() {
        this(ERROR_CAP);
    }

    ImportPlanner(int errorCap) {
        this.errorCap = errorCap;
    }

    /** The plan for these tables, or every error that stops them being imported. */
    public ImportOutcome plan(Table elements, Table connections, StoredGraph store) {
        return plan(elements, connections, store, ImportProgress.untracked());
    }

    /** As {@link #plan(Table, Table, StoredGraph)}, counting the rows checked in {@code progress}. */
    ImportOutcome plan(Table elements, Table connections, StoredGraph store, ImportProgress progress) {
        requireNonNull(elements, "elements");
        requireNonNull(connections, "connections");
        requireNonNull(store, "store");
        if (elements.sheet() != Sheet.ELEMENTS || connections.sheet() != Sheet.CONNECTIONS) {
            throw new IllegalArgumentException("expected an elements and a connections table");
        }
        List<ImportError> fileErrors = new ArrayList<>(elements.fileErrors());
        fileErrors.addAll(connections.fileErrors());
        if (!fileErrors.isEmpty()) {
            // rows of an unreadable file are unknown, so checking the other file's rows would only add noise
            return reject(fileErrors);
        }
        progress.start(
                ImportProgress.Phase.CHECKING,
                elements.rows().size() + connections.rows().size());
        Planning planning = new Planning(elements, connections, store, progress);
        planning.run();
        return planning.errors.isEmpty() ? new ImportOutcome.Planned(planning.plan()) : reject(planning.errors);
    }

    private ImportOutcome.Rejected reject(List<ImportError> errors) {
        List<ImportError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt((ImportError e) -> sheetOrder(e.sheet()))
                .thenComparingInt(ImportError::row)
                .thenComparingInt(e -> columnOrder(e.sheet(), e.column())));
        if (sorted.size() <= errorCap) {
            return new ImportOutcome.Rejected(sorted, sorted.size());
        }
        List<ImportError> listed = new ArrayList<>(sorted.subList(0, errorCap));
        int more = sorted.size() - errorCap;
        listed.add(new ImportError(
                sorted.get(errorCap).sheet(),
                0,
                null,
                more + (more == 1 ? " more error is" : " more errors are")
                        + " not listed; fix these and import again."));
        return new ImportOutcome.Rejected(listed, sorted.size());
    }

    private static int sheetOrder(String sheet) {
        return Sheet.ELEMENTS.key().equals(sheet) ? 0 : 1;
    }

    private static int columnOrder(String sheet, String column) {
        Sheet kind = sheetOrder(sheet) == 0 ? Sheet.ELEMENTS : Sheet.CONNECTIONS;
        return column == null ? -1 : kind.columns().indexOf(column);
    }

    /** An Elements row as read, then as resolved against the file and the store. */
    private static final class ElementRow {
        final int line;
        final String id;
        final String label;
        ElementType type;
        String sector;
        String level;
        String organization;
        String role;
        Boolean coalition;
        String stage;
        String description;
        List<String> tags;
        boolean duplicate;
        StoredElement stored;
        String targetId;

        ElementRow(int line, String id, String label) {
            this.line = line;
            this.id = id;
            this.label = label;
        }
    }

    /** A Connections row as read; its type is null when invalid. */
    private record ConnectionRow(
            int line, String from, String to, ConnectionType type, Integer strength, String context) {}

    /** An element a label names; id and type are null when its own row could not be resolved. */
    private record Endpoint(String id, ElementType type) {}

    /** Two element ids; {@link #unordered} makes A–B and B–A the same key. */
    private record IdPair(String first, String second) {
        static IdPair unordered(String a, String b) {
            return a.compareTo(b) <= 0 ? new IdPair(a, b) : new IdPair(b, a);
        }
    }

    /** One planning run: the rows, what the store said about them, and the errors found. */
    private static final class Planning {
        private final Table elements;
        private final Table connections;
        private final StoredGraph store;
        private final ImportProgress progress;
        final List<ImportError> errors = new ArrayList<>();

        private final List<ElementRow> elementRows = new ArrayList<>();
        private final List<ConnectionRow> connectionRows = new ArrayList<>();
        private final Map<String, ElementRow> fileByLabel = new HashMap<>();
        private final Map<String, ElementRow> claimedStoredIds = new HashMap<>();
        private Map<String, StoredElement> storedById = Map.of();
        private Map<String, StoredElement> storedByLabel = Map.of();
        private Map<String, String> sectorKeys = Map.of();

        private final Map<IdPair, Affiliation> affiliations = new LinkedHashMap<>();
        private final Map<IdPair, Tie> ties = new LinkedHashMap<>();
        private final Map<IdPair, Partnership> partnerships = new LinkedHashMap<>();

        Planning(Table elements, Table connections, StoredGraph store, ImportProgress progress) {
            this.elements = elements;
            this.connections = connections;
            this.store = store;
            this.progress = progress;
        }

        void run() {
            for (Table.Row row : elements.rows()) {
                elementRows.add(readElement(row));
                progress.advance(1);
            }
            for (Table.Row row : connections.rows()) {
                connectionRows.add(readConnection(row));
                progress.advance(1);
            }
            askStore();
            for (ElementRow row : elementRows) {
                identify(row);
            }
            for (ElementRow row : elementRows) {
                resolveReferences(row);
            }
            for (ConnectionRow row : connectionRows) {
                connect(row);
            }
        }

        ImportPlan plan() {
            List<NewElement> creates = new ArrayList<>();
            List<ElementUpdate> updates = new ArrayList<>();
            int people = 0;
            for (ElementRow row : elementRows) {
                if (row.type == ElementType.PERSON) {
                    people++;
                }
                if (row.stored == null) {
                    creates.add(new NewElement(row.targetId, row.type, row.label, createFields(row)));
                } else {
                    String renamedFrom = row.stored.label().equals(row.label) ? null : row.stored.label();
                    updates.add(new ElementUpdate(row.targetId, row.type, row.label, renamedFrom, updateFields(row)));
                }
            }
            ImportPlan.Counts counts = new ImportPlan.Counts(
                    people, elementRows.size() - people, ties.size(), affiliations.size(), partnerships.size());
            Map<String, String> elementIds = new HashMap<>();
            for (Map<String, StoredElement> stored : List.of(storedById, storedByLabel)) {
                stored.values().stream()
                        .filter(e -> e.elementId() != null)
                        .forEach(e -> elementIds.put(e.id(), e.elementId()));
            }
            return new ImportPlan(
                    creates,
                    updates,
                    new ArrayList<>(affiliations.values()),
                    new ArrayList<>(ties.values()),
                    new ArrayList<>(partnerships.values()),
                    counts,
                    elementIds);
        }

        // ---- first pass: each row on its own ----

        private ElementRow readElement(Table.Row cells) {
            ElementRow row = new ElementRow(cells.line(), elements.cell(cells, ID), elements.cell(cells, LABEL));
            if (row.label.isEmpty()) {
                elementError(row, LABEL, "Label is missing; every element needs one.");
            } else {
                ElementRow first = fileByLabel.putIfAbsent(row.label, row);
                if (first != null) {
                    row.duplicate = true;
                    elementError(
                            row,
                            LABEL,
                            "Label \"%s\" is already used on row %d; labels must be unique in the file."
                                    .formatted(row.label, first.line));
                }
            }
            String type = elements.cell(cells, TYPE);
            row.type = CellValues.elementType(type);
            if (type.isEmpty()) {
                elementError(row, TYPE, "Type is missing; it must be Person or Organization.");
            } else if (row.type == null) {
                elementError(row, TYPE, "Type \"%s\" is not Person or Organization.".formatted(type));
            }
            row.sector = blankToNull(elements.cell(cells, SECTOR));
            readLevel(row, elements.cell(cells, LEVEL));
            readPersonOnly(row, cells);
            row.description = blankToNull(elements.cell(cells, DESCRIPTION));
            String tags = elements.cell(cells, TAGS);
            row.tags = tags.isEmpty() ? null : CellValues.tags(tags);
            return row;
        }

        private void readLevel(ElementRow row, String level) {
            if (level.isEmpty()) {
                return;
            }
            if (row.type == ElementType.PERSON) {
                elementError(
                        row,
                        LEVEL,
                        "Level \"%s\" applies to organizations only, and \"%s\" is a person."
                                .formatted(level, row.label));
                return;
            }
            row.level = CellValues.level(level);
            if (row.level == null) {
                elementError(row, LEVEL, "Level \"%s\" is not one of %s.".formatted(level, Level.allowed()));
            }
        }

        private void readPersonOnly(ElementRow row, Table.Row cells) {
            for (String column : List.of(ORGANIZATION, ROLE, COALITION, STAGE)) {
                String value = elements.cell(cells, column);
                // A sheet that fills Coalition on every row says "no" for an organization: nothing to refuse.
                boolean saysNo = column.equals(COALITION) && Boolean.FALSE.equals(CellValues.coalition(value));
                if (!value.isEmpty() && !saysNo && row.type == ElementType.ORGANIZATION) {
                    elementError(
                            row,
                            column,
                            "%s \"%s\" applies to people only, and \"%s\" is an organization."
                                    .formatted(column, value, row.label));
                }
            }
            if (row.type == ElementType.ORGANIZATION) {
                return;
            }
            row.organization = blankToNull(elements.cell(cells, ORGANIZATION));
            row.role = blankToNull(elements.cell(cells, ROLE));
            String coalition = elements.cell(cells, COALITION);
            if (!coalition.isEmpty()) {
                row.coalition = CellValues.coalition(coalition);
                if (row.coalition == null) {
                    elementError(
                            row,
                            COALITION,
                            "Coalition \"%s\" is not one of yes, no, true, false, y, n, 1, 0.".formatted(coalition));
                }
            }
            String stage = elements.cell(cells, STAGE);
            if (!stage.isEmpty()) {
                row.stage = CellValues.stage(stage);
                if (row.stage == null) {
                    elementError(row, STAGE, "Stage \"%s\" is not one of %s.".formatted(stage, Stage.allowed()));
                }
            }
        }

        private ConnectionRow readConnection(Table.Row cells) {
            int line = cells.line();
            String from = connections.cell(cells, FROM);
            String to = connections.cell(cells, TO);
            if (from.isEmpty()) {
                connectionError(line, FROM, "From is missing; every connection needs the Label it starts from.");
            }
            if (to.isEmpty()) {
                connectionError(line, TO, "To is missing; every connection needs the Label it goes to.");
            }
            String typeCell = connections.cell(cells, TYPE);
            ConnectionType type = typeCell.isEmpty() ? ConnectionType.KNOWS : CellValues.connectionType(typeCell);
            if (type == null) {
                connectionError(line, TYPE, "Type \"%s\" is not Knows, Works at or Partners with.".formatted(typeCell));
            }
            String strengthCell = connections.cell(cells, STRENGTH);
            Integer strength = null;
            if (!strengthCell.isEmpty()) {
                strength = CellValues.integer(strengthCell);
                if (strength == null) {
                    connectionError(
                            line,
                            STRENGTH,
                            "Strength \"%s\" is not a whole number from 1 to 5.".formatted(strengthCell));
                } else if (strength < 1 || strength > 5) {
                    connectionError(line, STRENGTH, "Strength \"%s\" is outside 1 to 5.".formatted(strengthCell));
                    strength = null;
                }
            }
            return new ConnectionRow(line, from, to, type, strength, blankToNull(connections.cell(cells, CONTEXT)));
        }

        // ---- the store, asked once per kind of lookup ----

        private void askStore() {
            Set<String> ids = new HashSet<>();
            Set<String> labels = new HashSet<>(fileByLabel.keySet());
            boolean sectorGiven = false;
            for (ElementRow row : elementRows) {
                if (!row.id.isEmpty()) {
                    ids.add(row.id);
                }
                if (row.organization != null && !fileByLabel.containsKey(row.organization)) {
                    labels.add(row.organization);
                }
                sectorGiven |= row.sector != null;
            }
            for (ConnectionRow row : connectionRows) {
                for (String label : List.of(row.from, row.to)) {
                    if (!label.isEmpty() && !fileByLabel.containsKey(label)) {
                        labels.add(label);
                    }
                }
            }
            if (!ids.isEmpty()) {
                storedById = requireNonNull(store.elementsById(ids), "elementsById");
            }
            if (!labels.isEmpty()) {
                storedByLabel = requireNonNull(store.elementsByLabel(labels), "elementsByLabel");
            }
            if (sectorGiven) {
                sectorKeys = requireNonNull(store.sectorKeys(), "sectorKeys");
            }
        }

        // ---- second pass: which element each row is ----

        private void identify(ElementRow row) {
            String matchedOn;
            // The contract matches on ID only when it holds a stored id; any other ID (an export
            // from another instance, say) falls back to the Label, so such a file imports too.
            StoredElement byId = row.id.isEmpty() ? null : storedById.get(row.id);
            if (byId != null) {
                matchedOn = ID;
                row.stored = byId;
                if (row.type != null && row.type != row.stored.type()) {
                    elementError(
                            row,
                            TYPE,
                            "Type \"%s\" does not match ID \"%s\", which is the stored %s \"%s\"."
                                    .formatted(row.type.title(), row.id, lower(row.stored.type()), row.stored.label()));
                }
                StoredElement holder = row.label.isEmpty() ? null : storedByLabel.get(row.label);
                if (holder != null && !holder.id().equals(row.stored.id())) {
                    elementError(
                            row,
                            LABEL,
                            "Label \"%s\" already belongs to another stored element, so ID \"%s\" cannot be renamed to it."
                                    .formatted(row.label, row.id));
                }
            } else if (!row.label.isEmpty()) {
                matchedOn = LABEL;
                row.stored = storedByLabel.get(row.label);
                if (row.stored != null && row.type != null && row.type != row.stored.type()) {
                    elementError(
                            row,
                            TYPE,
                            "Type \"%s\" does not match the stored %s labelled \"%s\"."
                                    .formatted(row.type.title(), lower(row.stored.type()), row.label));
                }
            } else {
                return;
            }
            if (row.stored == null) {
                row.targetId = UUID.randomUUID().toString();
                return;
            }
            row.targetId = row.stored.id();
            if (!row.duplicate) {
                ElementRow earlier = claimedStoredIds.putIfAbsent(row.stored.id(), row);
                if (earlier != null) {
                    elementError(
                            row,
                            matchedOn,
                            "%s \"%s\" names the stored element \"%s\", which row %d already updates."
                                    .formatted(
                                            matchedOn,
                                            matchedOn.equals(ID) ? row.id : row.label,
                                            row.stored.label(),
                                            earlier.line));
                    // which of the two rows the connections mean is unknown; a self-tie error would only mislead
                    row.targetId = null;
                }
            }
        }

        // ---- third pass: sectors and organizations ----

        private void resolveReferences(ElementRow row) {
            if (row.sector != null) {
                // from here on the row holds the sector's key rather than the cell as written
                String key = sectorKeys.get(row.sector.toLowerCase(Locale.ROOT));
                if (key == null) {
                    elementError(
                            row, SECTOR, "Sector \"%s\" is not a known sector key or title.".formatted(row.sector));
                }
                row.sector = key;
            }
            if (row.organization == null) {
                return;
            }
            ElementRow inFile = fileByLabel.get(row.organization);
            Endpoint organization;
            if (inFile != null) {
                organization = new Endpoint(inFile.targetId, inFile.type);
            } else {
                StoredElement stored = storedByLabel.get(row.organization);
                if (stored == null) {
                    elementError(
                            row,
                            ORGANIZATION,
                            "Organization \"%s\" is neither in the elements file nor stored."
                                    .formatted(row.organization));
                    return;
                }
                organization = new Endpoint(stored.id(), stored.type());
            }
            if (organization.type() == ElementType.PERSON) {
                elementError(
                        row,
                        ORGANIZATION,
                        "Organization \"%s\" is a person, not an organization.".formatted(row.organization));
                return;
            }
            if (row.targetId != null && organization.id() != null) {
                affiliations.put(
                        new IdPair(row.targetId, organization.id()),
                        new Affiliation(row.targetId, organization.id(), row.role));
            }
        }

        // ---- connections ----

        private void connect(ConnectionRow row) {
            int errorsBefore = errors.size();
            Endpoint from = row.from.isEmpty() ? null : endpoint(row.line, FROM, row.from);
            Endpoint to = row.to.isEmpty() ? null : endpoint(row.line, TO, row.to);
            if (from == null || to == null) {
                return;
            }
            if (row.from.equals(row.to) || (from.id() != null && from.id().equals(to.id()))) {
                connectionError(
                        row.line,
                        TO,
                        "To \"%s\" is the same element as From; an element cannot be connected to itself."
                                .formatted(row.to));
                return;
            }
            if (row.type == null) {
                return;
            }
            switch (row.type) {
                case KNOWS -> {
                    requireType(row, FROM, row.from, from, ElementType.PERSON, "Knows connects two people");
                    requireType(row, TO, row.to, to, ElementType.PERSON, "Knows connects two people");
                }
                case WORKS_AT -> {
                    requireType(
                            row,
                            FROM,
                            row.from,
                            from,
                            ElementType.PERSON,
                            "Works at goes from a person to an organization");
                    requireType(
                            row,
                            TO,
                            row.to,
                            to,
                            ElementType.ORGANIZATION,
                            "Works at goes from a person to an organization");
                }
                case PARTNERS_WITH -> {
                    requireType(
                            row,
                            FROM,
                            row.from,
                            from,
                            ElementType.ORGANIZATION,
                            "Partners with connects two organizations");
                    requireType(
                            row, TO, row.to, to, ElementType.ORGANIZATION, "Partners with connects two organizations");
                }
            }
            if (errors.size() > errorsBefore || from.id() == null || to.id() == null) {
                return;
            }
            switch (row.type) {
                case KNOWS ->
                    ties.put(
                            IdPair.unordered(from.id(), to.id()),
                            new Tie(from.id(), to.id(), row.strength, row.context));
                case WORKS_AT ->
                    affiliations.putIfAbsent(new IdPair(from.id(), to.id()), new Affiliation(from.id(), to.id(), null));
                case PARTNERS_WITH ->
                    partnerships.put(
                            IdPair.unordered(from.id(), to.id()),
                            new Partnership(from.id(), to.id(), row.strength, row.context));
            }
        }

        private Endpoint endpoint(int line, String column, String label) {
            ElementRow inFile = fileByLabel.get(label);
            if (inFile != null) {
                return new Endpoint(inFile.targetId, inFile.type);
            }
            StoredElement stored = storedByLabel.get(label);
            if (stored != null) {
                return new Endpoint(stored.id(), stored.type());
            }
            connectionError(
                    line, column, "%s \"%s\" is neither in the elements file nor stored.".formatted(column, label));
            return null;
        }

        private void requireType(
                ConnectionRow row, String column, String label, Endpoint end, ElementType wanted, String rule) {
            if (end.type() != null && end.type() != wanted) {
                connectionError(
                        row.line,
                        column,
                        "%s \"%s\" is %s, but %s."
                                .formatted(
                                        column,
                                        label,
                                        end.type() == ElementType.PERSON ? "a person" : "an organization",
                                        rule));
            }
        }

        // ---- fields ----

        private static ElementFields createFields(ElementRow row) {
            Boolean coalition = row.type == ElementType.PERSON && row.coalition == null ? Boolean.FALSE : row.coalition;
            List<String> tags = row.tags == null ? List.of() : row.tags;
            return new ElementFields(row.sector, row.level, row.role, coalition, row.stage, row.description, tags);
        }

        private static ElementFields updateFields(ElementRow row) {
            return new ElementFields(
                    row.sector, row.level, row.role, row.coalition, row.stage, row.description, row.tags);
        }

        private void elementError(ElementRow row, String column, String message) {
            errors.add(new ImportError(Sheet.ELEMENTS.key(), row.line, column, message));
        }

        private void connectionError(int line, String column, String message) {
            errors.add(new ImportError(Sheet.CONNECTIONS.key(), line, column, message));
        }

        private static String blankToNull(String cell) {
            return cell.isEmpty() ? null : cell;
        }

        private static String lower(ElementType type) {
            return type.title().toLowerCase(Locale.ROOT);
        }
    }
}
