package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.convene.system.AuditTrail.Change;
import org.junit.jupiter.api.Test;

class AuditTrailTests {

    @Test
    void onlyTheFieldsWhoseValuesDifferAreListedWithBeforeAndAfter() {
        var before = AuditTrail.values("name", "Ana Ruiz", "role", "Pastor", "strength", 3);
        var after = AuditTrail.values("name", "Ana Ruiz", "role", "Deacon", "strength", 4L);

        assertThat(AuditTrail.differences(before, after))
                .containsExactly(entry("role", new Change("Pastor", "Deacon")), entry("strength", new Change(3L, 4L)));
    }

    @Test
    void equalValuesOfDifferentJavaTypesAreNoChange() {
        var before = AuditTrail.values("strength", 3, "since", LocalDate.of(2024, 5, 1), "tags", List.of());
        var after = AuditTrail.values("strength", 3L, "since", LocalDate.of(2024, 5, 1), "tags", null);

        assertThat(AuditTrail.differences(before, after)).isEmpty();
    }

    @Test
    void aFieldMissingFromOneSideCountsAsEmptyThere() {
        var before = AuditTrail.values("description", "Runs the food bank");
        Map<String, Object> after = AuditTrail.values("role", "Director");

        assertThat(AuditTrail.differences(before, after))
                .containsExactly(
                        entry("role", new Change(null, "Director")),
                        entry("description", new Change("Runs the food bank", null)));
    }

    @Test
    void datesAreRecordedAsIsoText() {
        var changes = AuditTrail.differences(Map.of(), AuditTrail.values("since", LocalDate.of(2019, 9, 1)));

        assertThat(changes).containsExactly(entry("since", new Change(null, "2019-09-01")));
    }

    @Test
    void aPasswordOrTokenAppearsOnlyAsChanged() {
        var changes = AuditTrail.differences(
                AuditTrail.values("passwordHash", "{bcrypt}$2a$10$old", "role", "EDITOR"),
                AuditTrail.values("passwordHash", "{bcrypt}$2a$10$new", "role", "EDITOR", "token", "cv_secret"));

        assertThat(changes)
                .containsExactly(
                        entry("passwordHash", new Change("changed", "changed")),
                        entry("token", new Change(null, "changed")));
    }

    @Test
    void anUnchangedPasswordHashIsNoChange() {
        var same = AuditTrail.values("passwordHash", "{bcrypt}$2a$10$same");

        assertThat(AuditTrail.differences(same, same)).isEmpty();
    }
}
