package org.convene.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Small hand-checked networks for the path, coverage and recruit specifications: a fluent
 * builder where a person's label is also their id, and a loader for networks kept in the import
 * format under {@code src/test/resources/networks/NAME/} (elements.csv, connections.csv).
 */
final class PathsTestNetworks {

    /** The seeded taxonomy, in checklist order (CONTRACT.md, Import). */
    static final List<CoalitionGraph.Sector> SECTORS = List.of(
            new CoalitionGraph.Sector("district-schools", "Schools: district leadership"),
            new CoalitionGraph.Sector("site-schools", "Schools: principals, teachers and staff"),
            new CoalitionGraph.Sector("teachers-union", "Teachers' union"),
            new CoalitionGraph.Sector("families", "Families and parent organizations"),
            new CoalitionGraph.Sector("health", "Health"),
            new CoalitionGraph.Sector("housing", "Housing"),
            new CoalitionGraph.Sector("economic-development", "Economic development"),
            new CoalitionGraph.Sector("workforce", "Workforce training"),
            new CoalitionGraph.Sector("youth-development", "Youth development"),
            new CoalitionGraph.Sector("family-support", "Family support"),
            new CoalitionGraph.Sector("early-childhood", "Early childhood"),
            new CoalitionGraph.Sector("service-learning", "Service learning"),
            new CoalitionGraph.Sector("after-school", "After-school"),
            new CoalitionGraph.Sector("philanthropy", "United Way and philanthropy"),
            new CoalitionGraph.Sector("local-government", "Local government"),
            new CoalitionGraph.Sector("higher-education", "Higher education"),
            new CoalitionGraph.Sector("community-based", "Community-based organizations"),
            new CoalitionGraph.Sector("faith", "Faith communities"),
            new CoalitionGraph.Sector("business", "Business"),
            new CoalitionGraph.Sector("students", "Students"));

    private PathsTestNetworks() {}

    /** A network of people only, built tie by tie. */
    static Net net() {
        return new Net();
    }

    /** Fluent builder: members and other people by label (label = id), then ties. */
    static final class Net {
        private final CoalitionGraphBuilder builder = CoalitionGraph.builder();

        Net members(String... labels) {
            for (String label : labels) {
                builder.person(label, label, null, null, Set.of(), null, true, null);
            }
            return this;
        }

        Net people(String... labels) {
            for (String label : labels) {
                builder.person(label, label, null, null, Set.of(), null, false, null);
            }
            return this;
        }

        Net tie(String a, String b, int strength) {
            builder.tie(a, b, strength, "colleague");
            return this;
        }

        CoalitionGraph build() {
            return builder.build();
        }
    }

    /**
     * Loads {@code networks/NAME/elements.csv} and {@code connections.csv} from the test class
     * path the way the import reads them (Label is the id; Sector by key or title; a person's
     * sector keys are their own plus their organizations'; the primary sector is the first
     * organization's, else their own), with the seeded taxonomy.
     */
    static CoalitionGraph load(String name) {
        List<CSVRecord> elements = read(name, "elements.csv");
        List<CSVRecord> connections = read(name, "connections.csv");
        Map<String, String> keyByTitle = new HashMap<>();
        for (CoalitionGraph.Sector sector : SECTORS) {
            keyByTitle.put(sector.title().toLowerCase(Locale.ROOT), sector.key());
            keyByTitle.put(sector.key(), sector.key());
        }
        Map<String, String> organizationSector = new HashMap<>();
        Map<String, List<String>> worksAt = new LinkedHashMap<>();
        CoalitionGraphBuilder builder = CoalitionGraph.builder().sectors(SECTORS);
        for (CSVRecord row : elements) {
            if (type(row).equals("organization")) {
                String sector = sector(row, keyByTitle);
                organizationSector.put(row.get("Label"), sector);
                builder.organization(row.get("Label"), row.get("Label"), sector, blankToNull(get(row, "Level")));
            }
        }
        for (CSVRecord row : elements) {
            if (type(row).equals("person") && !get(row, "Organization").isBlank()) {
                worksAt.computeIfAbsent(row.get("Label"), k -> new ArrayList<>())
                        .add(row.get("Organization").trim());
            }
        }
        for (CSVRecord row : connections) {
            if (get(row, "Type").trim().equalsIgnoreCase("works at")) {
                worksAt.computeIfAbsent(row.get("From").trim(), k -> new ArrayList<>())
                        .add(row.get("To").trim());
            }
        }
        for (CSVRecord row : elements) {
            if (!type(row).equals("person")) {
                continue;
            }
            String label = row.get("Label");
            String own = sector(row, keyByTitle);
            List<String> organizations = worksAt.getOrDefault(label, List.of());
            Set<String> keys = new LinkedHashSet<>();
            for (String organization : organizations) {
                if (organizationSector.get(organization) != null) {
                    keys.add(organizationSector.get(organization));
                }
            }
            if (own != null) {
                keys.add(own);
            }
            String primary = organizations.isEmpty() ? own : organizationSector.getOrDefault(organizations.get(0), own);
            boolean member = Set.of("yes", "true", "y", "1")
                    .contains(get(row, "Coalition").trim().toLowerCase(Locale.ROOT));
            builder.person(
                    label,
                    label,
                    blankToNull(get(row, "Role")),
                    organizations.isEmpty() ? null : organizations.get(0),
                    keys,
                    primary,
                    member,
                    blankToNull(get(row, "Stage")));
            for (String organization : organizations) {
                builder.affiliation(label, organization);
            }
        }
        for (CSVRecord row : connections) {
            String type = get(row, "Type").trim();
            if (type.isEmpty() || type.equalsIgnoreCase("knows")) {
                String strength = get(row, "Strength").trim();
                builder.tie(
                        row.get("From").trim(),
                        row.get("To").trim(),
                        strength.isEmpty() ? TieStrength.DEFAULT : Integer.parseInt(strength),
                        blankToNull(get(row, "Context")));
            }
        }
        return builder.build();
    }

    private static List<CSVRecord> read(String name, String file) {
        String path = "/networks/" + name + "/" + file;
        try (InputStream in = PathsTestNetworks.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test network file " + path);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true)
                    .setTrim(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(CSVRecord row) {
        return row.get("Type").trim().toLowerCase(Locale.ROOT);
    }

    private static String sector(CSVRecord row, Map<String, String> keyByTitle) {
        String value = get(row, "Sector").trim().toLowerCase(Locale.ROOT);
        return value.isEmpty() ? null : keyByTitle.get(value);
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
