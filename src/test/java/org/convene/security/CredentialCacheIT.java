package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A successful HTTP Basic check is remembered, and every change of the user's password, role or
 * status ends that on the next call: through the API, and written straight into the store as
 * another instance of the application would.
 */
@ConveneIntegrationTest
@TestData.Removes(usersNamed = "zz-cache")
class CredentialCacheIT {

    private static final String USER = "zz-cache-carla";
    private static final String PASSWORD = "carla's first long passphrase";
    private static final String NEW_PASSWORD = "carla's second long passphrase";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    VerifiedPasswords verified;

    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    void createCarla() {
        var created = Api.on(port)
                .asAdmin()
                .post("/api/users", Map.of("username", USER, "password", PASSWORD, "role", "EDITOR"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @AfterEach
    void forgetFailedSignIns() {
        throttle.clear(null, null);
    }

    private Api carla(String password) {
        return Api.on(port).as(USER, password);
    }

    private long version() {
        return neo4j.query("MATCH (u:User {username: $u}) RETURN u.credentialVersion AS v")
                .bind(USER)
                .to("u")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
    }

    /** A write an editor may make and a viewer may not, which changes nothing: an unknown person. */
    private static int tryToWrite(Api api) {
        return api.delete("/api/people/no-such-person").status();
    }

    @Test
    void aSecondBasicCallIsAnsweredFromTheRememberedCheck() {
        long before = verified.size();

        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
        assertThat(verified.size()).isEqualTo(before + 1);
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
        assertThat(verified.size())
                .as("the second call found the first's check")
                .isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordAfterARightOneIsRefusedAndCountsForTheThrottle() {
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            var wrong = carla(PASSWORD + "x").get("/api/people?limit=1");
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
            assertThat(wrong.json().get("error").asString()).isNotBlank();
        }

        var refused = carla(PASSWORD).get("/api/people?limit=1");
        assertThat(refused.status())
                .as("five failures for the name: even the right password waits")
                .isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    @Test
    void aPasswordChangedThroughTheApiTakesEffectOnTheNextCall() {
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
        long before = version();

        var changed = Api.on(port).asAdmin().put("/api/users/" + USER, Map.of("password", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(200);

        assertThat(version()).isEqualTo(before + 1);
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(401);
        assertThat(carla(NEW_PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aUsersOwnPasswordChangeTakesEffectOnTheNextCall() {
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
        long before = version();

        var changed = carla(PASSWORD)
                .put("/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertThat(version()).isEqualTo(before + 1);
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(401);
        assertThat(carla(NEW_PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aDisabledUserAndADemotedOneAreRefusedOnTheNextCall() {
        assertThat(tryToWrite(carla(PASSWORD))).isEqualTo(404);

        assertThat(Api.on(port)
                        .asAdmin()
                        .put("/api/users/" + USER, Map.of("role", "VIEWER"))
                        .status())
                .isEqualTo(200);
        assertThat(tryToWrite(carla(PASSWORD))).as("demoted to viewer").isEqualTo(403);

        assertThat(Api.on(port)
                        .asAdmin()
                        .put("/api/users/" + USER, Map.of("enabled", false))
                        .status())
                .isEqualTo(200);
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(401);
    }

    @Test
    void aPasswordWrittenStraightIntoTheStoreTakesEffectOnTheNextCall() {
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);

        // as another instance of the application writes it: the hash and the version, in one transaction
        neo4j.query("""
                MATCH (u:User {username: $u})
                SET u.passwordHash = $hash, u.credentialVersion = u.credentialVersion + 1
                """)
                .bindAll(Map.of("u", USER, "hash", passwords.encode(NEW_PASSWORD)))
                .run();

        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(401);
        assertThat(carla(NEW_PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aHashReplacedWithoutRaisingTheVersionStillEndsTheRememberedCheck() {
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);

        neo4j.query("MATCH (u:User {username: $u}) SET u.passwordHash = $hash")
                .bindAll(Map.of("u", USER, "hash", passwords.encode(NEW_PASSWORD)))
                .run();

        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(401);
    }

    @Test
    void aRoleAndStatusWrittenStraightIntoTheStoreTakeEffectOnTheNextCall() {
        assertThat(tryToWrite(carla(PASSWORD))).isEqualTo(404);

        neo4j.query(
                        "MATCH (u:User {username: $u}) SET u.role = 'VIEWER', u.credentialVersion = u.credentialVersion + 1")
                .bind(USER)
                .to("u")
                .run();
        assertThat(tryToWrite(carla(PASSWORD))).isEqualTo(403);
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(200);

        neo4j.query(
                        "MATCH (u:User {username: $u}) SET u.enabled = false, u.credentialVersion = u.credentialVersion + 1")
                .bind(USER)
                .to("u")
                .run();
        assertThat(carla(PASSWORD).get("/api/people?limit=1").status()).isEqualTo(401);
    }

    @Test
    void aChangeOfRoleRaisesTheVersionAndAChangeOfNothingDoesNot() {
        long before = version();

        Api.on(port).asAdmin().put("/api/users/" + USER, Map.of("role", "EDITOR"));
        assertThat(version()).as("the same role: nothing changed").isEqualTo(before);

        Api.on(port).asAdmin().put("/api/users/" + USER, Map.of("role", "VIEWER"));
        assertThat(version()).isEqualTo(before + 1);
    }
}
