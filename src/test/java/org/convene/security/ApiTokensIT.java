package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.support.Api;
import org.convene.support.AtOnce;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.FormSession;
import org.convene.support.TestData;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Personal API tokens: created, used, listed without secrets, revoked; with the user's current role. */
@ConveneIntegrationTest
@TestData.Removes(usersNamed = "zz-token", elementsNamed = "Zz Token")
class ApiTokensIT {

    private static final String USER = "zz-token-tomas";
    private static final String PASSWORD = "tomas has a long passphrase";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    void createTomas() {
        var created = Api.on(port)
                .asAdmin()
                .post("/api/users", Map.of("username", USER, "password", PASSWORD, "role", "EDITOR"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @AfterEach
    void forgetFailedSignIns() {
        throttle.clear(null, null);
    }

    private Api tomas() {
        return Api.on(port).as(USER, PASSWORD);
    }

    private String newToken(Api as, String name) {
        var created = as.post("/api/tokens", Map.of("name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("token").asString();
    }

    private Api token(String token) {
        return Api.on(port).withToken(token);
    }

    @Test
    void aCreatedTokenIsShownOnceAndSignsInAsItsUser() {
        var created = tomas().post("/api/tokens", Map.of("name", "weekly export"));

        assertThat(created.status()).isEqualTo(201);
        var body = created.json();
        assertThat(body.get("name").asString()).isEqualTo("weekly export");
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("createdAt").asString()).isNotBlank();
        String token = body.get("token").asString();
        assertThat(token).startsWith("cvn_").hasSize(47);

        var whoAmI = token(token).get("/api/account");
        assertThat(whoAmI.status()).as(whoAmI.toString()).isEqualTo(200);
        assertThat(whoAmI.json().get("username").asString()).isEqualTo(USER);
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);

        String hash = neo4j.query("MATCH (:User {username: $u})-[:HAS_TOKEN]->(t:ApiToken) RETURN t.hash AS hash")
                .bind(USER)
                .to("u")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        assertThat(hash).isEqualTo(ApiTokens.hash(token)).hasSize(64).doesNotContain(token);
    }

    @Test
    void theListShowsNamesAndDatesButNeverTheSecretOrItsHash() {
        String token = newToken(tomas(), "calendar sync");
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);

        var list = tomas().get("/api/tokens");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        var listed = list.json().get(0);
        assertThat(listed.get("name").asString()).isEqualTo("calendar sync");
        assertThat(listed.get("createdAt").asString()).isNotBlank();
        assertThat(listed.get("lastUsedAt").asString()).as("used once just now").isNotBlank();
        assertThat(listed.has("token")).isFalse();
        assertThat(listed.has("hash")).isFalse();
        assertThat(list.body()).doesNotContain(token).doesNotContain(ApiTokens.hash(token));
        assertThat(Api.on(port).asEditor().get("/api/tokens").body())
                .as("another user sees only their own")
                .doesNotContain("calendar sync");
    }

    @Test
    void aRevokedOrUnknownTokenIsRefusedWithTheJsonError() {
        String token = newToken(tomas(), "to revoke");
        String id = tomas().get("/api/tokens").json().get(0).get("id").asString();
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);

        assertThat(Api.on(port).asEditor().delete("/api/tokens/" + id).status())
                .as("another user's token is not theirs to revoke")
                .isEqualTo(404);
        assertThat(tomas().delete("/api/tokens/" + id).status()).isEqualTo(204);

        var revoked = token(token).get("/api/people?limit=1");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("error").asString()).contains("unknown or revoked");
        var unknown = token("cvn_" + "A".repeat(43)).get("/api/people?limit=1");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("error").asString()).isNotBlank();
        assertThat(token("not a token at all").get("/api/people?limit=1").status())
                .isEqualTo(401);
        assertThat(tomas().delete("/api/tokens/" + id).status())
                .as("revoked already")
                .isEqualTo(404);
        assertThat(tomas().get("/api/tokens").json().size()).isZero();
    }

    @Test
    void aTokenActsWithItsUsersCurrentRoleAndStopsWhenTheUserIsDisabled() {
        String token = newToken(tomas(), "script");
        Map<String, Object> person = Map.of("name", "Zz Token Person");
        var written = token(token).post("/api/people", person);
        assertThat(written.status())
                .as("an editor's token writes, without a CSRF token")
                .isEqualTo(201);
        assertThat(written.json().get("createdBy").asString()).isEqualTo(USER);

        Api.on(port).asAdmin().put("/api/users/" + USER, Map.of("role", "VIEWER"));
        var refused = token(token).post("/api/people", Map.of("name", "Zz Token Other"));
        assertThat(refused.status())
                .as("demoted: a viewer's token cannot write")
                .isEqualTo(403);
        assertThat(refused.json().get("error").asString()).isNotBlank();
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);

        Api.on(port).asAdmin().put("/api/users/" + USER, Map.of("enabled", false));
        var disabled = token(token).get("/api/people?limit=1");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.json().get("error").asString()).contains("disabled");

        Api.on(port).asAdmin().put("/api/users/" + USER, Map.of("enabled", true));
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aViewersTokenReadsButCannotWrite() {
        String token = newToken(Api.on(port).asViewer(), "zz viewer script");
        try {
            assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);
            var refused = token(token).post("/api/people", Map.of("name", "Zz Token Viewer"));
            assertThat(refused.status()).isEqualTo(403);
        } finally {
            String id = Api.on(port)
                    .asViewer()
                    .get("/api/tokens")
                    .json()
                    .get(0)
                    .get("id")
                    .asString();
            assertThat(Api.on(port).asViewer().delete("/api/tokens/" + id).status())
                    .isEqualTo(204);
        }
    }

    @Test
    void aTokenListsAndRevokesButCannotCreateTokens() {
        String token = newToken(tomas(), "script");

        var created = token(token).post("/api/tokens", Map.of("name", "another"));
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.json().get("error").asString()).contains("password");
        assertThat(token(token).get("/api/tokens").json().size()).isEqualTo(1);
    }

    @Test
    void aNameIsRequiredAndAtMostAHundredCharacters() {
        for (var body : List.<Map<String, Object>>of(Map.of(), Map.of("name", "  "), Map.of("name", "x".repeat(101)))) {
            var refused = tomas().post("/api/tokens", body);
            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("name");
            assertThat(refused.json().get("error").asString()).startsWith("'name'");
        }
        assertThat(tomas().post("/api/tokens", Map.of("name", 12)).status())
                .as("strict JSON: a number is not a name")
                .isEqualTo(400);
        assertThat(tomas().post("/api/tokens", Map.of("name", "x".repeat(100))).status())
                .isEqualTo(201);
    }

    @Test
    void aUserHoldsAtMostTwentyTokens() {
        for (int i = 0; i < ApiTokens.MAX_PER_USER; i++) {
            newToken(tomas(), "token " + i);
        }

        var refused = tomas().post("/api/tokens", Map.of("name", "one too many"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("revoke one");
    }

    @Test
    void twoTokensCreatedAtOnceForOneUserAreBothCreatedAndDistinct() throws Exception {
        List<Api.Response> answers =
                AtOnce.run(2, i -> () -> tomas().post("/api/tokens", Map.of("name", "at once " + i)));

        Set<String> tokens = new HashSet<>();
        for (var answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            tokens.add(answer.json().get("token").asString());
        }
        assertThat(tokens).hasSize(2);
        assertThat(tomas().get("/api/tokens").json().size()).isEqualTo(2);
        for (String token : tokens) {
            assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);
        }
    }

    @Test
    void creationAndRevocationAreAuditedWithoutTheToken() {
        String token = newToken(tomas(), "audited");
        String id = tomas().get("/api/tokens").json().get(0).get("id").asString();
        tomas().delete("/api/tokens/" + id);

        var trail = Api.on(port).asAdmin().get("/api/audit?entity=" + id);

        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new java.util.ArrayList<>();
        trail.json().forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).containsExactly("deleted", "created");
        assertThat(trail.json().get(1).get("user").asString()).isEqualTo(USER);
        assertThat(trail.json().get(1).get("changes").get("token").get("after").asString())
                .isEqualTo("changed");
        assertThat(trail.body()).doesNotContain(token).doesNotContain(ApiTokens.hash(token));
    }

    @Test
    void theAccountPageCreatesATokenShownOnceListsItAndRevokesIt() {
        var session = FormSession.on(port).signedIn(USER, PASSWORD);
        session.get("/account");

        var created = session.post("/account/tokens", Map.of("name", "page token"));
        assertThat(created.statusCode()).isEqualTo(302);
        var shown = session.get("/account");
        assertThat(shown.statusCode()).isEqualTo(200);
        String token = between(shown.body(), "<code id=\"new-token\" class=\"secret\">", "</code>");
        assertThat(token).startsWith("cvn_");
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(200);
        var again = session.get("/account");
        assertThat(again.body()).as("shown only once").doesNotContain(token).contains("page token");

        String id = tomas().get("/api/tokens").json().get(0).get("id").asString();
        assertThat(session.post("/account/tokens/" + id + "/revoke", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(session.get("/account").body()).contains("The token is revoked");
        assertThat(token(token).get("/api/people?limit=1").status()).isEqualTo(401);

        var nameless = session.post("/account/tokens", Map.of("name", ""));
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("id=\"account-problem\"").contains("name&#39; is required");
    }

    @Test
    void theTokensOfAnotherUserAreNotTheAdminsToSeeInTheirOwnList() {
        newToken(tomas(), "private");
        assertThat(Api.on(port)
                        .as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                        .get("/api/tokens")
                        .body())
                .doesNotContain("private");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the page shows " + start).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
