package org.convene.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.system.ConflictException;
import org.convene.system.InvalidRequestException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Finds people and organizations by id or label, the two ways requests name them. */
@Component
class Elements {

    private final Neo4jClient neo4j;

    Elements(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<ElementRef> find(String label, String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        return neo4j.query("""
                OPTIONAL MATCH (byId:%1$s {id: $key})
                OPTIONAL MATCH (byName:%1$s {name: $key})
                WITH coalesce(byId, byName) AS e WHERE e IS NOT NULL
                RETURN e.id AS id, e.name AS name
                """.formatted(label))
                .bind(idOrName.strip())
                .to("key")
                .fetchAs(ElementRef.class)
                .mappedBy((types, record) -> new ElementRef(
                        record.get("id").asString(), record.get("name").asString()))
                .one();
    }

    /** The person or organization a request field names, or 400 naming the field. */
    ElementRef require(String label, String field, String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw InvalidRequestException.field(field, "'" + field + "' is required.");
        }
        return find(label, idOrName)
                .orElseThrow(() -> InvalidRequestException.field(
                        field, "No " + label.toLowerCase() + " with id or label '" + idOrName + "'."));
    }

    /**
     * Write-locks both elements until the transaction ends, the one with the smaller id first.
     * Two writes about the same pair (a tie created from both ends at the same moment) then run
     * one after the other, so the second's existence check sees the first's tie; the fixed order
     * keeps them from deadlocking. Setting a property takes the node's write lock (removing it
     * again in the same statement leaves the node as it was; setting an absent property to null
     * would take no lock, as it changes nothing).
     */
    void lockPair(String oneId, String otherId) {
        List<String> ordered = oneId.compareTo(otherId) <= 0 ? List.of(oneId, otherId) : List.of(otherId, oneId);
        for (String id : ordered) {
            neo4j.query("MATCH (e:Element {id: $id}) SET e.locked = true REMOVE e.locked")
                    .bind(id)
                    .to("id")
                    .run();
        }
    }

    /** Fails when another element already has this label (labels are unique across people and organizations). */
    void requireFreeName(String name, String exceptId) {
        Optional<Map<String, Object>> holder = neo4j.query("""
                MATCH (e:Element {name: $name}) WHERE e.id <> coalesce($except, '')
                RETURN e.id AS id, CASE WHEN e:Person THEN 'person' ELSE 'organization' END AS type
                """)
                .bindAll(Parameters.of("name", name, "except", exceptId))
                .fetch()
                .one();
        holder.ifPresent(other -> {
            throw new ConflictException("The label '" + name + "' belongs to another " + other.get("type") + ".");
        });
    }
}
