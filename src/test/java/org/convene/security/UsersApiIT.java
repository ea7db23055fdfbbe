package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.support.Api;
import org.convene.support.AtOnce;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.FormSession;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** User administration through the API: create, list, change role, disable, reset, and one's own password. */
@ConveneIntegrationTest
@TestData.Removes(usersNamed = "zz-")
class UsersApiIT {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SignInThrottle throttle;

    @AfterEach
    void forgetFailedSignIns() {
        throttle.clear(null, null);
    }

    private Api admin() {
        return Api.on(port).asAdmin();
    }

    private Api.Response create(String username, String password, String role) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("password", password);
        user.put("role", role);
        return admin().post("/api/users", user);
    }

    private static void assertField(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("error").asString()).startsWith("'" + field + "'");
    }

    @Test
    void anAdminCreatesAUserWhoSignsInWithTheirRole() {
        var created = create("zz-nadia", PASSWORD, "EDITOR");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo("zz-nadia");
        assertThat(created.json().get("role").asString()).isEqualTo("EDITOR");
        assertThat(created.json().get("enabled").asBoolean()).isTrue();
        assertThat(created.json().get("createdBy").asString()).isEqualTo(TestUsers.ADMIN);
        assertThat(created.body()).doesNotContain("password").doesNotContain("hash");

        var nadia = Api.on(port).as("zz-nadia", PASSWORD);
        assertThat(nadia.get("/api/people?limit=1").status()).isEqualTo(200);
        assertThat(nadia.get("/api/users").status()).isEqualTo(403);
        var list = admin().get("/api/users");
        assertThat(list.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.json().forEach(user -> names.add(user.get("username").asString()));
        assertThat(names).contains("admin", TestUsers.EDITOR, TestUsers.VIEWER, "zz-nadia");
        String hash = neo4j.query("MATCH (u:User {username: 'zz-nadia'}) RETURN u.passwordHash AS hash")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordMustBeTwelveCharactersAndNotACommonOne() {
        assertField(create("zz-short", "elevenchars", "VIEWER"), "password");
        assertField(create("zz-common", "Password1234", "VIEWER"), "password");
        assertField(create("zz-common", "QWERTY123456", "VIEWER"), "password");
        assertField(create("zz-same-as-name", "zz-same-as-name", "VIEWER"), "password");
        assertField(create("zz-long", "x".repeat(73), "VIEWER"), "password");
        assertThat(create("zz-twelve", "twelve chars", "VIEWER").status()).isEqualTo(201);
    }

    @Test
    void aUsernameIsThreeToFortyLowerCaseLettersDigitsAndPunctuation() {
        assertField(create("Zz-Upper", PASSWORD, "VIEWER"), "username");
        assertField(create("zz", PASSWORD, "VIEWER"), "username");
        assertField(create("zz nadia", PASSWORD, "VIEWER"), "username");
        assertField(create("zz-" + "a".repeat(38), PASSWORD, "VIEWER"), "username");
        assertField(create("-zz", PASSWORD, "VIEWER"), "username");
        assertField(create(null, PASSWORD, "VIEWER"), "username");
        assertThat(create("zz-a.b_c-1", PASSWORD, "VIEWER").status()).isEqualTo(201);
    }

    @Test
    void theRoleIsOneOfTheThreeAndEveryBadFieldIsNamed() {
        assertField(create("zz-role", PASSWORD, "OWNER"), "role");
        assertField(create("zz-role", PASSWORD, null), "role");

        var all = create("Bad Name", "short", "OWNER");
        List<String> fields = new ArrayList<>();
        all.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("role", "username", "password");
        assertThat(create("zz-lower", PASSWORD, "viewer").json().get("role").asString())
                .isEqualTo("VIEWER");
    }

    @Test
    void aTakenUsernameIsAConflict() {
        assertThat(create("zz-twice", PASSWORD, "VIEWER").status()).isEqualTo(201);
        var again = create("zz-twice", PASSWORD + " more", "EDITOR");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asString()).contains("zz-twice");
    }

    @Test
    void theSameUsernameCreatedEightTimesAtOnceIsStoredOnceAndTheOthersGet409() throws Exception {
        List<Integer> statuses =
                AtOnce.run(8, i -> () -> create("zz-race", PASSWORD, "VIEWER").status());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(neo4j.query("MATCH (u:User {username: 'zz-race'}) RETURN count(u) AS n")
                        .fetchAs(Long.class)
                        .one())
                .contains(1L);
    }

    @Test
    void anAdminChangesARoleDisablesAUserAndResetsAPassword() {
        create("zz-vic", PASSWORD, "VIEWER");
        var vic = Api.on(port).as("zz-vic", PASSWORD);
        assertThat(vic.post("/api/sectors", Map.of("key", "zz-x", "title", "Zz X"))
                        .status())
                .isEqualTo(403);

        var promoted = admin().put("/api/users/zz-vic", Map.of("role", "EDITOR"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asString()).isEqualTo("EDITOR");
        assertThat(vic.get("/api/users").status()).isEqualTo(403);

        assertThat(admin().put("/api/users/zz-vic", Map.of("enabled", false))
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(vic.get("/api/people?limit=1").status()).isEqualTo(401);

        admin().put("/api/users/zz-vic", Map.of("enabled", true, "password", "another long passphrase"));
        assertThat(vic.get("/api/people?limit=1").status()).isEqualTo(401);
        assertThat(Api.on(port)
                        .as("zz-vic", "another long passphrase")
                        .get("/api/people?limit=1")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void userAdministrationIsInTheAuditTrailWithPasswordsOnlyAsChanged() {
        create("zz-ann", PASSWORD, "VIEWER");
        admin().put("/api/users/zz-ann", Map.of("role", "EDITOR"));
        admin().put("/api/users/zz-ann", Map.of("password", "another long passphrase"));

        var trail = admin().get("/api/audit?entity=zz-ann");

        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        trail.json().forEach(entry -> {
            assertThat(entry.get("entityType").asString()).isEqualTo("user");
            assertThat(entry.get("label").asString()).isEqualTo("zz-ann");
            assertThat(entry.get("user").asString()).isEqualTo(TestUsers.ADMIN);
            actions.add(entry.get("action").asString() + " "
                    + String.join(",", entry.get("changes").propertyNames()));
        });
        assertThat(actions).containsExactly("changed password", "changed role", "created role,enabled,password");
        var created = trail.json().get(2).get("changes");
        assertThat(created.get("role").get("after").asString()).isEqualTo("VIEWER");
        assertThat(created.get("password").get("after").asString()).isEqualTo("changed");
        var promoted = trail.json().get(1).get("changes").get("role");
        assertThat(promoted.get("before").asString()).isEqualTo("VIEWER");
        assertThat(promoted.get("after").asString()).isEqualTo("EDITOR");
        assertThat(trail.body()).doesNotContain(PASSWORD, "another long passphrase", "bcrypt", "$2a$");
    }

    @Test
    void aResetPasswordFollowsTheSameRules() {
        create("zz-reset", PASSWORD, "VIEWER");
        assertField(admin().put("/api/users/zz-reset", Map.of("password", "short")), "password");
        assertField(admin().put("/api/users/zz-reset", Map.of("role", "BOSS")), "role");
        assertThat(admin().put("/api/users/zz-nobody", Map.of("role", "VIEWER")).status())
                .isEqualTo(404);
    }

    @Test
    void aChangeThatChangesNothingWritesNothing() {
        String updatedAt =
                create("zz-same", PASSWORD, "VIEWER").json().get("updatedAt").asString();

        var unchanged = admin().put("/api/users/zz-same", Map.of("role", "VIEWER", "enabled", true));

        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("updatedAt").asString()).isEqualTo(updatedAt);
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDemotedNorDisabled() {
        var demoted = admin().put("/api/users/admin", Map.of("role", "EDITOR"));
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().get("error").asString()).contains("last enabled admin");
        assertThat(admin().put("/api/users/admin", Map.of("enabled", false)).status())
                .isEqualTo(409);
        assertThat(admin().get("/api/users/admin").json().get("role").asString())
                .isEqualTo("ADMIN");

        create("zz-second-admin", PASSWORD, "ADMIN");
        admin().put("/api/users/zz-second-admin", Map.of("enabled", false));
        assertThat(admin().put("/api/users/admin", Map.of("role", "EDITOR")).status())
                .as("a disabled admin does not count")
                .isEqualTo(409);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        create("zz-admin-a", PASSWORD, "ADMIN");
        create("zz-admin-b", PASSWORD, "ADMIN");
        try {
            // the built-in admin steps down first, so that a and b are the only two
            assertThat(Api.on(port)
                            .as("zz-admin-a", PASSWORD)
                            .put("/api/users/admin", Map.of("role", "EDITOR"))
                            .status())
                    .isEqualTo(200);

            List<Integer> statuses = AtOnce.run(
                    2,
                    i -> () -> Api.on(port)
                            .as(i == 0 ? "zz-admin-a" : "zz-admin-b", PASSWORD)
                            .put(
                                    "/api/users/" + (i == 0 ? "zz-admin-b" : "zz-admin-a"),
                                    i == 0 ? Map.of("role", "VIEWER") : Map.of("enabled", false))
                            .status());

            // the loser is refused by the last-admin rule (409), or, had the winner committed before
            // the loser signed in, by its new role (403); never both granted
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409 || s == 403).hasSize(1);
            long admins = neo4j.query(
                            "MATCH (u:User {role: 'ADMIN'}) WHERE coalesce(u.enabled, true) RETURN count(u) AS n")
                    .fetchAs(Long.class)
                    .one()
                    .orElseThrow();
            assertThat(admins).isEqualTo(1);
        } finally {
            neo4j.query("MATCH (u:User {username: 'admin'}) SET u.role = 'ADMIN'")
                    .run();
        }
    }

    @Test
    void editorsAndViewersCannotManageUsers() {
        assertThat(Api.on(port).asEditor().get("/api/users").status()).isEqualTo(403);
        assertThat(Api.on(port)
                        .asEditor()
                        .put("/api/users/" + TestUsers.EDITOR, Map.of("role", "ADMIN"))
                        .status())
                .isEqualTo(403);
        assertThat(Api.on(port).asViewer().get("/api/sign-in/refusals").status())
                .isEqualTo(403);
    }

    @Test
    void anyUserChangesTheirOwnPasswordWithTheOldOne() {
        create("zz-own", PASSWORD, "VIEWER");
        var own = Api.on(port).as("zz-own", PASSWORD).from("203.0.113.40");

        var wrong = own.put(
                "/api/account/password",
                Map.of("currentPassword", "not my password", "newPassword", "my new long passphrase"));
        assertField(wrong, "currentPassword");
        assertField(
                own.put("/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "short")),
                "newPassword");

        var changed = own.put(
                "/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "my new long passphrase"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(own.get("/api/account").status()).isEqualTo(401);
        var renewed = Api.on(port).as("zz-own", "my new long passphrase");
        assertThat(renewed.get("/api/account").json().get("username").asString())
                .isEqualTo("zz-own");
    }

    @Test
    void guessingTheOldPasswordIsThrottledLikeASignIn() {
        create("zz-guess", PASSWORD, "VIEWER");
        var session = Api.on(port).as("zz-guess", PASSWORD).from("203.0.113.41");
        for (int i = 0; i < 5; i++) {
            assertThat(session.put(
                                    "/api/account/password",
                                    Map.of("currentPassword", "guess " + i, "newPassword", "my new long passphrase"))
                            .status())
                    .isEqualTo(400);
        }

        var refused = session.get("/api/account");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    @Test
    void aChangedRoleEndsTheUsersSessions() {
        create("zz-session", PASSWORD, "EDITOR");
        FormSession browser = FormSession.on(port).signedIn("zz-session", PASSWORD);
        browser.get("/");
        assertThat(browser.api("GET", "/api/account", null).statusCode()).isEqualTo(200);

        admin().put("/api/users/zz-session", Map.of("role", "VIEWER"));

        assertThat(browser.api("GET", "/api/account", null).statusCode()).isEqualTo(401);
        var page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        create("zz-two-sessions", PASSWORD, "VIEWER");
        FormSession here = FormSession.on(port).signedIn("zz-two-sessions", PASSWORD);
        FormSession there = FormSession.on(port).signedIn("zz-two-sessions", PASSWORD);
        here.get("/account");

        var changed = here.api(
                "PUT",
                "/api/account/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"my new long passphrase\"}");

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(here.api("GET", "/api/account", null).statusCode()).isEqualTo(200);
        assertThat(there.api("GET", "/api/account", null).statusCode()).isEqualTo(401);
    }
}
