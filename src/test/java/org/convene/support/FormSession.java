package org.convene.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the application without the browser: a cookie jar, the sign-in form, the
 * pages' forms with their CSRF token, and API calls through the session, the way the pages' own
 * scripts make them. Redirects are not followed, so a test sees where they lead.
 */
public final class FormSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String token;

    private FormSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static FormSession on(int port) {
        return new FormSession(port);
    }

    /** Sends this header on every later request (e.g. {@code X-Forwarded-For}). */
    public FormSession with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    /** Posts the sign-in form; the answer is Spring Security's redirect (to / or back to /login?…). */
    public HttpResponse<String> signIn(String user, String password) {
        get("/login");
        return post("/login", Map.of("username", user, "password", password));
    }

    /** Signs in and fails unless the form accepted the user. */
    public FormSession signedIn(String user, String password) {
        var answer = signIn(user, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("The sign-in form refused " + user + ": " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /** A page or an API answer; a page's CSRF token is kept for the next form or write. */
    public HttpResponse<String> get(String path) {
        var answer = send(request(path).GET());
        remember(answer.body());
        return answer;
    }

    /** Posts a form with the last page's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token != null) {
            all.put("_csrf", token);
        }
        String form = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var answer = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        remember(answer.body());
        return answer;
    }

    /** An API call through the session with the page's CSRF token, as the pages' scripts make it. */
    public HttpResponse<String> api(String method, String path, String json) {
        var request = request(path).header("Accept", "application/json").header("X-Requested-With", "XMLHttpRequest");
        if (token != null) {
            request.header("X-CSRF-TOKEN", token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    /** The cookie jar: the session cookie once signed in. */
    public CookieManager cookies() {
        return cookies;
    }

    private void remember(String body) {
        if (body == null) {
            return;
        }
        Matcher form = FORM_TOKEN.matcher(body);
        Matcher meta = META_TOKEN.matcher(body);
        if (form.find()) {
            token = form.group(1);
        } else if (meta.find()) {
            token = meta.group(1);
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
