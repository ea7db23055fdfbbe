package org.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.support.StoreContent.Item;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/** Two readings of a store compared the way {@link TestData} compares a class's before and after. */
class StoreContentTests {

    private static Item person(String id, String name, Object... more) {
        Map<String, Value> properties = properties(more);
        properties.put("id", Values.value(id));
        properties.put("name", Values.value(name));
        return StoreContent.node(List.of("Person", "Element"), properties);
    }

    /** Property names and values, alternately. */
    private static Map<String, Value> properties(Object... pairs) {
        Map<String, Value> properties = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put((String) pairs[i], Values.value(pairs[i + 1]));
        }
        return properties;
    }

    @Test
    void theSameContentReadInAnotherOrderHasNoDifferences() {
        Item ana = person("a", "Ana");
        Item ben = person("b", "Ben");
        Item tie = StoreContent.relationship(ana, "KNOWS", properties("id", "t", "strength", 4), ben);

        var before = new StoreContent(List.of(ana, ben), List.of(tie));
        var after = new StoreContent(List.of(person("b", "Ben"), person("a", "Ana")), List.of(tie));

        assertThat(after.differencesFrom(before)).isEmpty();
    }

    @Test
    void aPersonLeftBehindIsCountedAndShownWithItsStageHistory() {
        Item ana = person("a", "Ana");
        Item lou = person("z", "Zz Lou", "role", "Caretaker");
        Item stage = StoreContent.node(List.of("StageChange"), properties("stage", "skeptic"));
        Item history = StoreContent.relationship(lou, "HAD_STAGE", Map.of(), stage);

        var before = new StoreContent(List.of(ana), List.of());
        var after = new StoreContent(List.of(ana, lou, stage), List.of(history));

        assertThat(after.differencesFrom(before))
                .containsExactly(
                        "counts: :Element 1 → 2, :Person 1 → 2, :StageChange 0 → 1, [:HAD_STAGE] 0 → 1",
                        "2 nodes left behind:",
                        "  + (:Element:Person {id: \"z\", name: \"Zz Lou\", role: \"Caretaker\"})",
                        "  + (:StageChange {stage: \"skeptic\"})",
                        "1 relationship left behind:",
                        "  + (:Element:Person \"Zz Lou\")-[:HAD_STAGE {}]->(:StageChange {stage: \"skeptic\"})");
    }

    @Test
    void aChangedTieAndAChangedPersonAreNamedWithWhatChangedButNotTheirEditStamps() {
        Item kenji = person("k", "Kenji", "role", "Teacher", "updatedBy", "system");
        Item lionel = person("l", "Lionel");
        Item tie = StoreContent.relationship(kenji, "KNOWS", properties("id", "t", "strength", 4), lionel);
        Item kenjiEdited = person("k", "Kenji", "role", "Principal", "updatedBy", "eddie-editor");
        Item tieEdited = StoreContent.relationship(
                kenjiEdited, "KNOWS", properties("id", "t", "strength", 1, "updatedBy", "eddie-editor"), lionel);
        Item tieRestored = StoreContent.relationship(
                kenji, "KNOWS", properties("id", "t", "strength", 4, "updatedBy", "eddie-editor"), lionel);

        var before = new StoreContent(List.of(kenji, lionel), List.of(tie));
        var edited = new StoreContent(List.of(kenjiEdited, lionel), List.of(tieEdited));
        var restored = new StoreContent(List.of(kenji, lionel), List.of(tieRestored));

        assertThat(edited.differencesFrom(before))
                .containsExactly(
                        "1 node changed:",
                        "  ~ (:Element:Person \"Kenji\") role: \"Teacher\" → \"Principal\"",
                        "1 relationship changed:",
                        "  ~ (:Element:Person \"Kenji\")-[:KNOWS]->(:Element:Person \"Lionel\") strength: 4 → 1");
        assertThat(restored.differencesFrom(before)).isEmpty();
    }

    @Test
    void aRemovedSectorIsGone() {
        Item faith = StoreContent.node(List.of("Sector"), properties("key", "faith", "title", "Faith communities"));

        var after = new StoreContent(List.of(), List.of());

        assertThat(after.differencesFrom(new StoreContent(List.of(faith), List.of())))
                .containsExactly(
                        "counts: :Sector 1 → 0",
                        "1 node gone:",
                        "  - (:Sector {key: \"faith\", title: \"Faith communities\"})");
    }

    @Test
    void aChangedPasswordIsNoticedButItsHashIsNeverShown() {
        Item vera = StoreContent.node(List.of("User"), properties("username", "vera", "passwordHash", "$2a$one"));
        Item changed = StoreContent.node(List.of("User"), properties("username", "vera", "passwordHash", "$2a$two"));

        var differences = new StoreContent(List.of(changed), List.of())
                .differencesFrom(new StoreContent(List.of(vera), List.of()));

        assertThat(differences)
                .containsExactly(
                        "1 node changed:", "  ~ (:User {username: \"vera\"}) passwordHash: (hidden) → (hidden)");
        assertThat(String.join("\n", differences)).doesNotContain("$2a$");
    }
}
