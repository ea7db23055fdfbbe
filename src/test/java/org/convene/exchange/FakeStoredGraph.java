package org.convene.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An in-memory store for planning tests: the seeded sectors plus whatever elements a test adds. */
final class FakeStoredGraph implements StoredGraph {

    private static final Map<String, String> SEEDED_SECTORS = Map.ofEntries(
            Map.entry("district-schools", "Schools: district leadership"),
            Map.entry("site-schools", "Schools: principals, teachers and staff"),
            Map.entry("teachers-union", "Teachers' union"),
            Map.entry("families", "Families and parent organizations"),
            Map.entry("health", "Health"),
            Map.entry("housing", "Housing"),
            Map.entry("economic-development", "Economic development"),
            Map.entry("workforce", "Workforce training"),
            Map.entry("youth-development", "Youth development"),
            Map.entry("family-support", "Family support"),
            Map.entry("early-childhood", "Early childhood"),
            Map.entry("service-learning", "Service learning"),
            Map.entry("after-school", "After-school"),
            Map.entry("philanthropy", "United Way and philanthropy"),
            Map.entry("local-government", "Local government"),
            Map.entry("higher-education", "Higher education"),
            Map.entry("community-based", "Community-based organizations"),
            Map.entry("faith", "Faith communities"),
            Map.entry("business", "Business"),
            Map.entry("students", "Students"));

    private final Map<String, StoredElement> byId = new HashMap<>();
    private final Map<String, StoredElement> byLabel = new HashMap<>();
    int idLookups;
    int labelLookups;
    int sectorLookups;

    FakeStoredGraph person(String id, String label) {
        return add(new StoredElement(id, label, ElementType.PERSON));
    }

    FakeStoredGraph organization(String id, String label) {
        return add(new StoredElement(id, label, ElementType.ORGANIZATION));
    }

    private FakeStoredGraph add(StoredElement element) {
        byId.put(element.id(), element);
        byLabel.put(element.label(), element);
        return this;
    }

    @Override
    public Map<String, StoredElement> elementsById(Collection<String> ids) {
        idLookups++;
        Map<String, StoredElement> found = new HashMap<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                found.put(id, byId.get(id));
            }
        });
        return found;
    }

    @Override
    public Map<String, StoredElement> elementsByLabel(Collection<String> labels) {
        labelLookups++;
        Map<String, StoredElement> found = new HashMap<>();
        labels.forEach(label -> {
            if (byLabel.containsKey(label)) {
                found.put(label, byLabel.get(label));
            }
        });
        return found;
    }

    @Override
    public Map<String, String> sectorKeys() {
        sectorLookups++;
        Map<String, String> keys = new HashMap<>();
        SEEDED_SECTORS.forEach((key, title) -> {
            keys.put(key, key);
            keys.put(title.toLowerCase(Locale.ROOT), key);
        });
        return keys;
    }
}
