package org.convene.exchange;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
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
    private static final String JOINED = "Joined";
    private static final String LEFT = "Left";
    private static final String STAGE = "Stage";
    private static final String STAGE_SINCE = "Stage since";
    private static final String POWER = "Power";
    private static final String URGENCY = "Urgency";
    private static final String OPTIMISM = "Optimism";
    private static final String COLLABORATION = "Collaboration";
    private static final String OPENNESS = "Openness";
    private static final String NO_RESOURCES = "No resources";
    private static final String RESOURCES = "Resources";
    private static final String DESCRIPTION = "Description";
    private static final String TAGS = "Tags";
    private static final String FROM = "From";
    private static final String TO = "To";
    private static final String STRENGTH = "Strength";
    private static final String CONTEXT = "Context";
    private static final String SINCE = "Since";
    private static final String UNTIL = "Until";
    private static final String SOURCE = "Source";
    private static final String LEADS = "Leads";

    /** The columns that apply to people only, in the sheet's order. */
    private static final List<String> PERSON_ONLY = List.of(
            ORGANIZATION,
            ROLE,
            COALITION,
            JOINED,
            LEFT,
            STAGE,
            STAGE_SINCE,
            POWER,
            URGENCY,
            OPTIMISM,
            COLLABORATION,
            OPENNESS,
            NO_RESOURCES);

    /** The longest {@code ID} a row may give an element it creates. */
    static final int MAX_ID_LENGTH = 200;

    private final int errorCap;
    private final LocalDate today;

    /** A planner for imports made today, in the system's zone (tests; the app passes its own today). */
    public ImportPlanner() {
        this(LocalDate.now());
    }

    /**
     * A planner for imports made on {@code today}, the day against which it checks dates that
     * cannot lie ahead (Left, Stage since).
     */
    public ImportPlanner(LocalDate today) {
        this(ERROR_CAP, today);
    }

    ImportPlanner(int errorCap) {
        this(errorCap, LocalDate.now());
    }

    ImportPlanner(int errorCap, LocalDate today) {
        this.errorCap = errorCap;
        this.today = requireNonNull(today, "today");
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
        Planning planning = new Planning(elements, connections, store, progress, today);
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
        LocalDate joined;
        LocalDate left;
        String stage;
        LocalDate stageSince;
        Integer power;
        Integer urgency;
        Integer optimism;
        Integer collaboration;
        Integer openness;
        Boolean noResources;
        Integer resources;
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
            int line,
            String from,
            String to,
            ConnectionType type,
            Integer strength,
            String context,
            LocalDate since,
            LocalDate until,
            String source,
            String role,
            Boolean leads) {}

    /**
     * An affiliation as the file builds it up: from an Elements row's Organization cell and any
     * number of Works at rows for the same pair.
     */
    private static final class AffiliationDraft {
        final String personId;
        final String organizationId;
        final int rank;
        /** The Elements row's Role, which wins over any Works at row's. */
        String elementRole;

        String role;
        LocalDate since;
        LocalDate until;
        Boolean leads;
        String source;
        int line;

        AffiliationDraft(String personId, String organizationId, int rank, int line) {
            this.personId = personId;
            this.organizationId = organizationId;
            this.rank = rank;
            this.line = line;
        }

        Affiliation affiliation() {
            return new Affiliation(
                    personId,
                    organizationId,
                    elementRole != null ? elementRole : role,
                    since,
                    until,
                    leads,
                    source,
                    rank,
                    line);
        }
    }

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
        private final LocalDate today;
        final List<ImportError> errors = new ArrayList<>();

        private final List<ElementRow> elementRows = new ArrayList<>();
        private final List<ConnectionRow> connectionRows = new ArrayList<>();
        private final Map<String, ElementRow> fileByLabel = new HashMap<>();
        private final Map<String, ElementRow> claimedStoredIds = new HashMap<>();
        /** The rows whose ID names nothing stored, by that ID: each creates the element with it. */
        private final Map<String, ElementRow> claimedNewIds = new HashMap<>();

        private Map<String, StoredElement> storedById = Map.of();
        private Map<String, StoredElement> storedByLabel = Map.of();
        private Map<String, String> sectorKeys = Map.of();

        private final Map<IdPair, AffiliationDraft> affiliations = new LinkedHashMap<>();
        /** How many affiliations each person has in the file so far: the next one's rank. */
        private final Map<String, Integer> affiliationsPerPerson = new HashMap<>();

        private final Map<IdPair, Tie> ties = new LinkedHashMap<>();
        private final Map<IdPair, Partnership> partnerships = new LinkedHashMap<>();

        Planning(Table elements, Table connections, StoredGraph store, ImportProgress progress, LocalDate today) {
            this.elements = elements;
            this.connections = connections;
            this.store = store;
            this.progress = progress;
            this.today = today;
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
                    updates.add(new ElementUpdate(
                            row.targetId, row.type, row.label, renamedFrom, updateFields(row), row.line));
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
                    affiliations.values().stream()
                            .map(AffiliationDraft::affiliation)
                            .toList(),
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
            readResources(row, elements.cell(cells, RESOURCES));
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

        private void readResources(ElementRow row, String resources) {
            if (resources.isEmpty()) {
                return;
            }
            if (row.type == ElementType.PERSON) {
                elementError(
                        row,
                        RESOURCES,
                        "Resources \"%s\" applies to organizations only, and \"%s\" is a person."
                                .formatted(resources, row.label));
                return;
            }
            row.resources = rating(row.line, Sheet.ELEMENTS, RESOURCES, resources);
        }

        private void readPersonOnly(ElementRow row, Table.Row cells) {
            for (String column : PERSON_ONLY) {
                String value = elements.cell(cells, column);
                // A sheet that fills Coalition or No resources on every row says "no" for an
                // organization: nothing to refuse.
                boolean saysNo = (column.equals(COALITION) || column.equals(NO_RESOURCES))
                        && Boolean.FALSE.equals(CellValues.yesNo(value));
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
            readMembership(row, cells);
            String stageSince = elements.cell(cells, STAGE_SINCE);
            row.stageSince = date(row.line, Sheet.ELEMENTS, STAGE_SINCE, stageSince);
            if (row.stageSince != null && row.stageSince.isAfter(today)) {
                elementError(
                        row,
                        STAGE_SINCE,
                        "Stage since %s is after today (%s); a stage cannot begin in the future."
                                .formatted(row.stageSince, today));
            } else if (!stageSince.isEmpty() && stage.isEmpty()) {
                elementError(
                        row,
                        STAGE_SINCE,
                        "Stage since \"%s\" needs a Stage on the same row: it is the day that stage began."
                                .formatted(stageSince));
            }
            row.power = rating(row.line, Sheet.ELEMENTS, POWER, elements.cell(cells, POWER));
            row.urgency = rating(row.line, Sheet.ELEMENTS, URGENCY, elements.cell(cells, URGENCY));
            row.optimism = rating(row.line, Sheet.ELEMENTS, OPTIMISM, elements.cell(cells, OPTIMISM));
            row.collaboration = rating(row.line, Sheet.ELEMENTS, COLLABORATION, elements.cell(cells, COLLABORATION));
            row.openness = rating(row.line, Sheet.ELEMENTS, OPENNESS, elements.cell(cells, OPENNESS));
            row.noResources = yesNo(row.line, Sheet.ELEMENTS, NO_RESOURCES, elements.cell(cells, NO_RESOURCES));
        }

        /**
         * Joined and Left: dates, Left not before Joined nor after today, and no Left for someone
         * the row says is a member. A Left makes the row say "not a member" when Coalition is blank.
         */
        private void readMembership(ElementRow row, Table.Row cells) {
            String leftCell = elements.cell(cells, LEFT);
            row.joined = date(row.line, Sheet.ELEMENTS, JOINED, elements.cell(cells, JOINED));
            row.left = date(row.line, Sheet.ELEMENTS, LEFT, leftCell);
            if (row.left == null) {
                return;
            }
            if (Boolean.TRUE.equals(row.coalition)) {
                elementError(
                        row,
                        LEFT,
                        "Left \"%s\" says they left the coalition, but Coalition says yes; a member has no Left date."
                                .formatted(leftCell));
            } else if (row.left.isAfter(today)) {
                elementError(
                        row,
                        LEFT,
                        "Left %s is after today (%s); someone who has not left yet is still a member and has no Left date."
                                .formatted(row.left, today));
            } else if (row.joined != null && row.left.isBefore(row.joined)) {
                elementError(
                        row,
                        LEFT,
                        "Left %s is before Joined %s; a membership cannot end before it begins."
                                .formatted(row.left, row.joined));
            } else if (row.coalition == null) {
                row.coalition = Boolean.FALSE;
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
            LocalDate since = date(line, Sheet.CONNECTIONS, SINCE, connections.cell(cells, SINCE));
            LocalDate until = date(line, Sheet.CONNECTIONS, UNTIL, connections.cell(cells, UNTIL));
            if (since != null && until != null && until.isBefore(since)) {
                connectionError(
                        line,
                        UNTIL,
                        "Until %s is before Since %s; a connection cannot end before it begins."
                                .formatted(until, since));
            }
            String role = blankToNull(connections.cell(cells, ROLE));
            String leadsCell = connections.cell(cells, LEADS);
            Boolean leads = yesNo(line, Sheet.CONNECTIONS, LEADS, leadsCell);
            if (type != null && type != ConnectionType.WORKS_AT) {
                if (role != null) {
                    connectionError(
                            line,
                            ROLE,
                            "Role \"%s\" applies to Works at rows only, and this row is %s."
                                    .formatted(role, type.title()));
                }
                // a sheet that fills Leads on every row says "no" on the other rows: nothing to refuse
                if (Boolean.TRUE.equals(leads)) {
                    connectionError(
                            line,
                            LEADS,
                            "Leads \"%s\" applies to Works at rows only, and this row is %s."
                                    .formatted(leadsCell, type.title()));
                }
            }
            return new ConnectionRow(
                    line,
                    from,
                    to,
                    type,
                    strength,
                    blankToNull(connections.cell(cells, CONTEXT)),
                    since,
                    until,
                    blankToNull(connections.cell(cells, SOURCE)),
                    role,
                    leads);
        }

        /** The cell's date, or null: blank, or not a date (an error). */
        private LocalDate date(int line, Sheet sheet, String column, String cell) {
            if (cell.isEmpty()) {
                return null;
            }
            LocalDate date = CellValues.date(cell);
            if (date == null) {
                error(sheet, line, column, "%s \"%s\" is not a date like 2025-03-01.".formatted(column, cell));
            }
            return date;
        }

        /** The cell's rating 1 to 5, or null: blank, or not one (an error). */
        private Integer rating(int line, Sheet sheet, String column, String cell) {
            if (cell.isEmpty()) {
                return null;
            }
            Integer rating = CellValues.integer(cell);
            if (rating == null || rating < 1 || rating > 5) {
                error(sheet, line, column, "%s \"%s\" is not a whole number from 1 to 5.".formatted(column, cell));
                return null;
            }
            return rating;
        }

        /** The cell's yes or no, or null: blank, or neither (an error). */
        private Boolean yesNo(int line, Sheet sheet, String column, String cell) {
            if (cell.isEmpty()) {
                return null;
            }
            Boolean value = CellValues.yesNo(cell);
            if (value == null) {
                error(
                        sheet,
                        line,
                        column,
                        "%s \"%s\" is not one of yes, no, true, false, y, n, 1, 0.".formatted(column, cell));
            }
            return value;
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
            // from another instance, say) falls back to the Label, and is kept as the id of the
            // element the row creates, so such a file imports unchanged.
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
                row.targetId = row.id.isEmpty() ? UUID.randomUUID().toString() : newId(row);
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

        /** The row's own ID for the element it creates, when no other row claims it; else null, with an error. */
        private String newId(ElementRow row) {
            if (row.id.length() > MAX_ID_LENGTH) {
                elementError(
                        row,
                        ID,
                        "ID \"%s…\" is longer than %d characters.".formatted(row.id.substring(0, 20), MAX_ID_LENGTH));
                return null;
            }
            ElementRow earlier = claimedNewIds.putIfAbsent(row.id, row);
            if (earlier != null) {
                elementError(
                        row,
                        ID,
                        "ID \"%s\" is already used on row %d; ids must be unique in the file."
                                .formatted(row.id, earlier.line));
                return null;
            }
            return row.id;
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
                // line 0: only a Works at row dates an affiliation, so only its line can be in conflict
                affiliation(row.targetId, organization.id(), 0).elementRole = row.role;
            }
        }

        /** The file's affiliation of this pair, made (last in the person's order) when it is new. */
        private AffiliationDraft affiliation(String personId, String organizationId, int line) {
            return affiliations.computeIfAbsent(new IdPair(personId, organizationId), pair -> {
                int rank = affiliationsPerPerson.merge(personId, 1, Integer::sum) - 1;
                return new AffiliationDraft(personId, organizationId, rank, line);
            });
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
                            new Tie(
                                    from.id(),
                                    to.id(),
                                    row.strength,
                                    row.context,
                                    row.since,
                                    row.until,
                                    row.source,
                                    row.line));
                case WORKS_AT -> {
                    // the later Works at row for a pair wins, as for ties; the Elements row's Role wins over both
                    AffiliationDraft affiliation = affiliation(from.id(), to.id(), row.line);
                    affiliation.role = row.role;
                    affiliation.since = row.since;
                    affiliation.until = row.until;
                    affiliation.leads = row.leads;
                    affiliation.source = row.source;
                    affiliation.line = row.line;
                }
                case PARTNERS_WITH ->
                    partnerships.put(
                            IdPair.unordered(from.id(), to.id()),
                            new Partnership(
                                    from.id(),
                                    to.id(),
                                    row.strength,
                                    row.context,
                                    row.since,
                                    row.until,
                                    row.source,
                                    row.line));
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
            return fields(row, coalition, tags);
        }

        private static ElementFields updateFields(ElementRow row) {
            return fields(row, row.coalition, row.tags);
        }

        private static ElementFields fields(ElementRow row, Boolean coalition, List<String> tags) {
            return new ElementFields(
                    row.sector,
                    row.level,
                    row.role,
                    coalition,
                    row.stage,
                    row.description,
                    tags,
                    row.joined,
                    row.left,
                    row.stageSince,
                    row.power,
                    row.urgency,
                    row.optimism,
                    row.collaboration,
                    row.openness,
                    row.noResources,
                    row.resources);
        }

        private void elementError(ElementRow row, String column, String message) {
            errors.add(new ImportError(Sheet.ELEMENTS.key(), row.line, column, message));
        }

        private void error(Sheet sheet, int line, String column, String message) {
            errors.add(new ImportError(sheet.key(), line, column, message));
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
