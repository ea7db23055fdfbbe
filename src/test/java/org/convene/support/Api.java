package org.convene.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application over HTTP as a given user, the way a script would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(String base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    public static Api on(int port) {
        return new Api("http://localhost:" + port, null, Map.of());
    }

    public Api as(String user, String password) {
        return new Api(
                base,
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
                headers);
    }

    /** Calls signed in with a personal API token ({@code Authorization: Bearer TOKEN}). */
    public Api withToken(String token) {
        return new Api(base, "Bearer " + token, headers);
    }

    /** The same calls with this header on each. */
    public Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(base, authorization, more);
    }

    /**
     * The same calls as if from this client address behind a proxy: the test profile trusts
     * loopback's {@code X-Forwarded-For} ({@code server.forward-headers-strategy=native}).
     */
    public Api from(String address) {
        return with("X-Forwarded-For", address);
    }

    public Api asAdmin() {
        return as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    public Api asEditor() {
        return as(TestUsers.EDITOR, TestUsers.PASSWORD);
    }

    public Api asViewer() {
        return as(TestUsers.VIEWER, TestUsers.PASSWORD);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** The media type of an XLSX workbook, as a browser sends a chosen .xlsx file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A body sent exactly as given, for malformed or unusual JSON. */
    public Response send(String method, String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart upload: part name to file bytes; a part named workbook is sent as an .xlsx file. */
    public Response upload(String path, Map<String, byte[]> parts) {
        String boundary = "convene-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var part : parts.entrySet()) {
            boolean workbook = part.getKey().equals("workbook");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                            + "\"; filename=\"" + part.getKey() + (workbook ? ".xlsx" : ".csv")
                            + "\"\r\nContent-Type: " + (workbook ? XLSX : "text/csv") + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose answer is a file: its status, headers and bytes as sent. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file. */
    public record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Convenience for a CSV pair. */
    public Response importCsv(String path, String elements, String connections) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        if (elements != null) {
            parts.put("elements", elements.getBytes(StandardCharsets.UTF_8));
        }
        if (connections != null) {
            parts.put("connections", connections.getBytes(StandardCharsets.UTF_8));
        }
        return upload(path, parts);
    }

    /** Convenience for a workbook. */
    public Response importWorkbook(String path, byte[] workbook) {
        return upload(path, Map.of("workbook", workbook));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
