package org.convene.exchange;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory store for planning tests: the seeded sectors plus whatever elements a test adds.
 * It counts the lookups asked of it, how many ids and labels they named, and every read of the
 * answers it gave (a {@code get}, a {@code containsKey} or one step of an iteration).
 */
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
    int idsAsked;
    int labelsAsked;
    long answerReads;

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
        idsAsked += ids.size();
        Map<String, StoredElement> found = new HashMap<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                found.put(id, byId.get(id));
            }
        });
        return new CountedReads<>(found);
    }

    @Override
    public Map<String, StoredElement> elementsByLabel(Collection<String> labels) {
        labelLookups++;
        labelsAsked += labels.size();
        Map<String, StoredElement> found = new HashMap<>();
        labels.forEach(label -> {
            if (byLabel.containsKey(label)) {
                found.put(label, byLabel.get(label));
            }
        });
        return new CountedReads<>(found);
    }

    @Override
    public Map<String, String> sectorKeys() {
        sectorLookups++;
        Map<String, String> keys = new HashMap<>();
        SEEDED_SECTORS.forEach((key, title) -> {
            keys.put(key, key);
            keys.put(title.toLowerCase(Locale.ROOT), key);
        });
        return new CountedReads<>(keys);
    }

    /** An answer that adds every read of it to {@link #answerReads}. */
    private final class CountedReads<K, V> extends AbstractMap<K, V> {

        private final Map<K, V> answer;

        CountedReads(Map<K, V> answer) {
            this.answer = answer;
        }

        @Override
        public V get(Object key) {
            answerReads++;
            return answer.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            answerReads++;
            return answer.containsKey(key);
        }

        @Override
        public int size() {
            return answer.size();
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<K, V>> iterator() {
                    Iterator<Entry<K, V>> entries = answer.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<K, V> next() {
                            answerReads++;
                            return entries.next();
                        }
                    };
                }

                @Override
                public int size() {
                    return answer.size();
                }
            };
        }
    }
}
