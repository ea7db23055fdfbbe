package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.PageSession;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/audit} and the admins' page: newest first, paged, filtered, refused to others. */
@ConveneIntegrationTest
@TestData.Removes(elementsNamed = "Zz Trail ")
class AuditApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Today today;

    private Api admin() {
        return Api.on(port).asAdmin();
    }

    private String newPerson(String name) {
        var created = Api.on(port).asEditor().post("/api/people", Map.of("name", name));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<String> labels(JsonNode entries) {
        List<String> labels = new ArrayList<>();
        entries.forEach(e -> labels.add(e.get("label").asString()));
        return labels;
    }

    @Test
    void onlyAnAdminReadsTheTrail() {
        assertThat(Api.on(port).asViewer().get("/api/audit").status()).isEqualTo(403);
        assertThat(Api.on(port).asEditor().get("/api/audit").status()).isEqualTo(403);
        assertThat(Api.on(port).get("/api/audit").status()).isEqualTo(401);
        assertThat(admin().get("/api/audit").status()).isEqualTo(200);
    }

    @Test
    void entriesComeNewestFirstInPagesWithTheTotal() {
        newPerson("Zz Trail One");
        newPerson("Zz Trail Two");
        newPerson("Zz Trail Three");

        var first = admin().get("/api/audit?user=" + TestUsers.EDITOR + "&limit=2");
        var second = admin().get("/api/audit?user=" + TestUsers.EDITOR + "&limit=2&offset=1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(labels(first.json())).containsExactly("Zz Trail Three", "Zz Trail Two");
        assertThat(labels(second.json())).containsExactly("Zz Trail Two", "Zz Trail One");
        assertThat(Long.parseLong(first.header("X-Total-Count"))).isGreaterThanOrEqualTo(3);
        JsonNode entry = first.json().get(0);
        assertThat(entry.has("at")).isTrue();
        assertThat(entry.get("user").asString()).isEqualTo(TestUsers.EDITOR);
        assertThat(entry.get("changes").get("name").get("after").asString()).isEqualTo("Zz Trail Three");
    }

    @Test
    void theUserFilterKeepsOnlyThatUsersEntries() {
        newPerson("Zz Trail Four");

        var nobody = admin().get("/api/audit?user=no-such-user");
        var editor = admin().get("/api/audit?user=" + TestUsers.EDITOR + "&limit=1000");

        assertThat(nobody.json()).isEmpty();
        assertThat(nobody.header("X-Total-Count")).isEqualTo("0");
        editor.json().forEach(e -> assertThat(e.get("user").asString()).isEqualTo(TestUsers.EDITOR));
    }

    @Test
    void theDaysFromAndToAreBothIncludedInTheApplicationsZone() {
        String id = newPerson("Zz Trail Five");
        LocalDate day = today.date();

        var thatDay = admin().get("/api/audit?entity=" + id + "&from=" + day + "&to=" + day);
        var before = admin().get("/api/audit?entity=" + id + "&to=" + day.minusDays(1));
        var after = admin().get("/api/audit?entity=" + id + "&from=" + day.plusDays(1));

        assertThat(labels(thatDay.json())).containsExactly("Zz Trail Five");
        assertThat(before.json()).isEmpty();
        assertThat(after.json()).isEmpty();
    }

    @Test
    void aBadDateOrLimitIs400NamingIt() {
        var badFrom = admin().get("/api/audit?from=yesterday");
        var reversed = admin().get("/api/audit?from=2026-02-01&to=2026-01-01");
        var badLimit = admin().get("/api/audit?limit=0");
        var hugeLimit = admin().get("/api/audit?limit=1001");
        var badOffset = admin().get("/api/audit?offset=-1");

        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(badFrom.json().get("error").asString()).contains("'from'").contains("yesterday");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(hugeLimit.status()).isEqualTo(400);
        assertThat(badOffset.status()).isEqualTo(400);
        assertThat(badOffset.json().get("errors").get(0).get("field").asString())
                .isEqualTo("offset");
    }

    @Test
    void theAdminsPageListsTheTrailNewestFirstAndFilters() {
        String id = newPerson("Zz Trail Six");

        var page = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .text("/admin/audit?entity=" + id);
        var everything = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .text("/admin/audit?page=1");
        var badDate = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .text("/admin/audit?from=soon");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Zz Trail Six")
                .contains("1–1 of 1 entries")
                .contains(TestUsers.EDITOR);
        assertThat(everything.statusCode()).isEqualTo(200);
        assertThat(everything.body()).contains("id=\"audit-table\"");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("&#39;from&#39; must be a date");
    }

    @Test
    void theAdminsPageIsRefusedToAnEditor() {
        var page =
                PageSession.signIn(port, TestUsers.EDITOR, TestUsers.PASSWORD).text("/admin/audit");

        assertThat(page.statusCode()).isEqualTo(403);
    }
}
