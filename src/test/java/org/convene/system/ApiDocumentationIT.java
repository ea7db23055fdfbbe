package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.support.Api;
import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and its Swagger UI: for signed-in users, and saying what the API enforces. */
@ConveneIntegrationTest
class ApiDocumentationIT {

    private static final List<String> ROLES = List.of("VIEWER", "EDITOR", "ADMIN");

    @LocalServerPort
    int port;

    @Test
    void theDocumentNeedsASignedInUserAndAnswers401InJsonWithout() {
        var answer = Api.on(port).get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("error").asString()).startsWith("Sign in first");
    }

    @Test
    void aViewerGetsTheDocumentWithTitleVersionAndLicence() {
        var answer = Api.on(port).asViewer().get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode info = answer.json().get("info");
        assertThat(info.get("title").asString()).isEqualTo("Convene API");
        assertThat(info.get("version").asString()).isNotBlank();
        assertThat(info.get("license").get("name").asString()).isEqualTo("GPL-3.0-or-later");
    }

    @Test
    void theDocumentListsWhoCanReachWithItsParametersAndErrors() {
        JsonNode reach = document().get("paths").get("/api/reach").get("get");

        assertThat(names(reach.get("parameters"))).containsExactly("target", "k", "avoid", "maxHops");
        assertThat(parameter(reach, "k").get("schema").get("default").asInt()).isEqualTo(5);
        assertThat(parameter(reach, "maxHops").get("schema").get("default").asInt())
                .isEqualTo(4);
        assertThat(parameter(reach, "target").get("description").asString()).contains("role:TEXT");
        assertThat(fieldNames(reach.get("responses"))).containsExactly("200", "400", "401", "404", "409");
        assertThat(reach.get("responses").get("409").get("description").asString())
                .contains("candidates");
        assertThat(errorSchemaOf(reach.get("responses").get("404"))).isEqualTo("#/components/schemas/ApiError");
        assertThat(reach.get("x-required-role").asString()).isEqualTo("VIEWER");
        assertThat(reach.get("description").asString()).startsWith("Needs role VIEWER");
    }

    @Test
    void theDocumentListsTheImportAsAnEditorsUploadWithItsErrors() {
        JsonNode upload = document().get("paths").get("/api/import").get("post");

        assertThat(names(upload.get("parameters"))).containsExactly("dryRun", "async");
        JsonNode parts = upload.get("requestBody")
                .get("content")
                .get("multipart/form-data")
                .get("schema")
                .get("properties");
        assertThat(fieldNames(parts)).contains("elements", "connections");
        assertThat(fieldNames(upload.get("responses"))).containsExactly("200", "400", "401", "403", "409", "413");
        assertThat(upload.get("x-required-role").asString()).isEqualTo("EDITOR");
        assertThat(upload.get("description").asString()).startsWith("Needs role EDITOR");
    }

    @Test
    void theErrorSchemaHasTheSentenceAndTheFieldOrRowErrors() {
        JsonNode schemas = document().get("components").get("schemas");

        JsonNode error = schemas.get("ApiError");
        assertThat(fieldNames(error.get("properties"))).containsExactly("error", "errors", "candidates");
        assertThat(error.get("required").get(0).asString()).isEqualTo("error");
        List<String> kinds = new ArrayList<>();
        error.get("properties")
                .get("errors")
                .get("items")
                .get("oneOf")
                .forEach(k -> kinds.add(k.get("$ref").asString()));
        assertThat(kinds).containsExactly("#/components/schemas/FieldError", "#/components/schemas/ImportRowError");
        assertThat(fieldNames(schemas.get("FieldError").get("properties"))).containsExactly("field", "message");
        assertThat(fieldNames(schemas.get("ImportRowError").get("properties")))
                .containsExactly("sheet", "row", "column", "message");
    }

    @Test
    void theDocumentDescribesTokensHttpBasicAndTheSessionAsWaysToSignIn() {
        JsonNode api = document();

        JsonNode schemes = api.get("components").get("securitySchemes");
        assertThat(schemes.get("token").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("session").get("in").asString()).isEqualTo("cookie");
        assertThat(schemes.get("session").get("name").asString()).isEqualTo("JSESSIONID");
        assertThat(api.get("security").size()).isEqualTo(3);
    }

    /**
     * The drift check: for every operation the document lists, the role just below the one it
     * names is refused (403) and the role it names is let through. Nothing is written: writes go
     * to ids that do not exist with a body no call accepts, so they fail after the check.
     */
    @Test
    void everyOperationNeedsExactlyTheRoleTheDocumentNames() {
        JsonNode paths = document().get("paths");
        List<String> checked = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String method = operation.getKey().toUpperCase();
                    String role = operation.getValue().get("x-required-role").asString();
                    String uri = path.getKey().replaceAll("\\{[^}]+}", "no-such-id");
                    int index = ROLES.indexOf(role);
                    assertThat(index).as(method + " " + uri).isNotNegative();
                    if (index > 0) {
                        assertThat(call(method, uri, ROLES.get(index - 1)))
                                .as(method + " " + uri + " as " + ROLES.get(index - 1))
                                .isEqualTo(403);
                    }
                    assertThat(call(method, uri, role))
                            .as(method + " " + uri + " as " + role)
                            .isNotIn(401, 403);
                    checked.add(method + " " + path.getKey());
                }));
        assertThat(checked).contains("GET /api/reach", "POST /api/import", "DELETE /api/people/{id}");
    }

    @Test
    void theSwaggerUiNeedsSignInLikeAPage() {
        var answer = Api.on(port).get("/swagger-ui.html");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
        assertThat(Api.on(port).get("/swagger-ui/index.html").header("Location"))
                .endsWith("/login");
    }

    @Test
    void theSwaggerUiAndItsAssetsAnswerForASignedInUser() {
        var browser = new SignedIn(port, TestUsers.VIEWER, TestUsers.PASSWORD);

        var entry = browser.get("/swagger-ui.html");
        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(entry.headers().firstValue("Location").orElseThrow()).endsWith("/swagger-ui/index.html");
        var page = browser.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        for (String asset : List.of(
                "/swagger-ui/swagger-ui-bundle.js",
                "/swagger-ui/swagger-ui.css",
                "/swagger-ui/swagger-initializer.js")) {
            assertThat(browser.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        var config = browser.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/v3/api-docs\"");
        var document = browser.get("/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"/api/reach\"");
    }

    private JsonNode document() {
        var answer = Api.on(port).asViewer().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.get("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static List<String> names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    private static String errorSchemaOf(JsonNode response) {
        return response.get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString();
    }

    /** A call as a test user of this role, with a body no operation accepts on writes. */
    private int call(String method, String uri, String role) {
        Map<String, String[]> users = Map.of(
                "VIEWER", new String[] {TestUsers.VIEWER, TestUsers.PASSWORD},
                "EDITOR", new String[] {TestUsers.EDITOR, TestUsers.PASSWORD},
                "ADMIN", new String[] {TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD});
        String[] user = users.get(role);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8)));
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "text/x-not-accepted")
                    .method(method, HttpRequest.BodyPublishers.ofString("not a body any call takes"));
        }
        return SignedIn.send(HttpClient.newHttpClient(), request.build()).statusCode();
    }

    /** A browser's view of the app after signing in through the form: the session cookie, no Basic. */
    private static final class SignedIn {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final String base;
        private final HttpClient http;

        SignedIn(int port, String user, String password) {
            this.base = "http://localhost:" + port;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
            String form =
                    "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
            var signIn = send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        HttpResponse<String> get(String path) {
            return send(
                    http, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        static HttpResponse<String> send(HttpClient http, HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
