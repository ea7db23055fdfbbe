package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConveneIntegrationTest
class AccessIT {

    @LocalServerPort
    int port;

    @Test
    void healthAnswersUpWithoutSignIn() {
        var health = Api.on(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void anApiCallWithoutCredentialsGets401InJson() {
        var answer = Api.on(port).get("/api/people");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asString()).isNotBlank();
    }

    @Test
    void aWriteWithoutCredentialsGets401NotForbidden() {
        var answer = Api.on(port).post("/api/sectors", Map.of("key", "arts", "title", "Arts"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(Api.on(port).delete("/api/people/anyone").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordGets401() {
        var answer = Api.on(port).as(TestUsers.ADMIN, "not-the-password").get("/api/people");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asString()).isNotBlank();
    }

    @Test
    void aPageWithoutSignInRedirectsToTheLoginForm() {
        var answer = Api.on(port).get("/");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    @Test
    void theAdminFromTheEnvironmentSignsIn() {
        assertThat(Api.on(port).asAdmin().get("/api/sectors").status()).isEqualTo(200);
    }

    @Test
    void aViewerReadsButCannotWrite() {
        var viewer = Api.on(port).asViewer();
        assertThat(viewer.get("/api/people").status()).isEqualTo(200);
        var write = viewer.post("/api/sectors", Map.of("key", "arts", "title", "Arts"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("error").asString()).contains("role");
    }

    @Test
    void anEditorCannotManageUsers() {
        var answer =
                Api.on(port).asEditor().post("/api/users", Map.of("username", "x", "password", "y", "role", "VIEWER"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void anUnknownApiPathAnswers404InJson() {
        var answer = Api.on(port).asViewer().get("/api/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asString()).isNotBlank();
    }
}
