package org.convene.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.network.Sectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The planner's view of the store: one query per question, whatever the size of the file. */
@Component
class Neo4jStoredGraph implements StoredGraph {

    private final Neo4jClient neo4j;
    private final Sectors sectors;

    Neo4jStoredGraph(Neo4jClient neo4j, Sectors sectors) {
        this.neo4j = neo4j;
        this.sectors = sectors;
    }

    @Override
    public Map<String, StoredElement> elementsById(Collection<String> ids) {
        return find("id", ids);
    }

    @Override
    public Map<String, StoredElement> elementsByLabel(Collection<String> labels) {
        return find("name", labels);
    }

    @Override
    public Map<String, String> sectorKeys() {
        return sectors.keysByKeyOrTitle();
    }

    private Map<String, StoredElement> find(String property, Collection<String> keys) {
        Map<String, StoredElement> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        neo4j.query("""
                UNWIND $keys AS key
                MATCH (e:Element) WHERE e.%s = key
                RETURN key, e.id AS id, e.name AS name, e:Person AS person, elementId(e) AS element
                """.formatted(property))
                .bind(List.copyOf(keys))
                .to("keys")
                .fetch()
                .all()
                .forEach(row -> found.put(
                        (String) row.get("key"),
                        new StoredElement(
                                (String) row.get("id"),
                                (String) row.get("name"),
                                Boolean.TRUE.equals(row.get("person")) ? ElementType.PERSON : ElementType.ORGANIZATION,
                                (String) row.get("element"))));
        return found;
    }
}
