package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.servlet.ServletContext;
import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.FormSession;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer carries the same security headers (pages, the API, refusals and errors alike), and
 * the session cookie is HttpOnly and SameSite=Lax, Secure when the request came over HTTPS (here
 * through a proxy's {@code X-Forwarded-Proto}, which the test profile trusts from loopback).
 */
@ConveneIntegrationTest
class SecurityHeadersIT {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    private static void assertSecurityHeaders(Api.Response answer) {
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()")
                .doesNotContain("bluetooth");
    }

    @Test
    void aPageTheApiARefusalAndTheSignInFormAllCarryTheSecurityHeaders() {
        var page = FormSession.on(port)
                .signedIn(TestUsers.VIEWER, TestUsers.PASSWORD)
                .get("/people");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(new Api.Response(page.statusCode(), page.headers().map(), page.body()));

        var api = Api.on(port).asViewer().get("/api/people");
        assertThat(api.status()).isEqualTo(200);
        assertSecurityHeaders(api);

        var refused = Api.on(port).get("/api/people");
        assertThat(refused.status()).isEqualTo(401);
        assertSecurityHeaders(refused);

        var form = Api.on(port).get("/login");
        assertThat(form.status()).isEqualTo(200);
        assertSecurityHeaders(form);

        var missing = Api.on(port).asViewer().get("/api/people/no-such-person");
        assertThat(missing.status()).isEqualTo(404);
        assertSecurityHeaders(missing);
    }

    @Test
    void noPageCarriesAnInlineScriptOrStyle() {
        FormSession admin = FormSession.on(port).signedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        for (String path : List.of("/", "/people", "/coverage", "/bridges", "/account", "/admin/users", "/login")) {
            var answer = admin.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            String html = answer.body().replaceAll("(?s)<!--.*?-->", ""); // comments may name what they avoid
            assertThat(html).as(path).doesNotContain(" style=\"", "<style", "javascript:");
            assertThat(html.replaceAll("<script[^>]*\\bsrc=\"[^\"]*\"[^>]*></script>", ""))
                    .as(path + ": every script comes from a file")
                    .doesNotContain("<script");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookie(false);
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
        String cookie = sessionCookie(true);
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    /** The sign-in form makes a session for its CSRF token; its Set-Cookie is what a browser keeps. */
    private String sessionCookie(boolean https) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET();
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> answer =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
    }
}
