package org.convene.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.convene.support.ConveneIntegrationTest;
import org.convene.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Tomcat or Spring Security's firewall refuse before any controller (an encoded
 * NUL, {@code ..}, {@code /} or {@code \} in the path, a bad %-escape, headers that are too long)
 * answer 400 with the contract's JSON error under {@code /api}, and with the application's HTML
 * error page elsewhere, never Tomcat's own report. Sent over a raw socket, so the path reaches the
 * server exactly as written.
 */
@ConveneIntegrationTest
class MalformedRequestsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String head, String body) {}

    private Answer send(String path, String extraHeaders) throws IOException {
        String credentials = Base64.getEncoder()
                .encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                + "\r\nAccept: application/json, text/html\r\n" + extraHeaders + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            // one char per byte, so that chunk sizes (in bytes) can be counted in chars
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size;
            try {
                size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            } catch (NumberFormatException notChunked) {
                return body.append(chunked.substring(at)).toString();
            }
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/people/%00",
                "/api/people/a%00b",
                "/api/people/%2e%2e/x",
                "/api/%2e%2e/api/people",
                "/api/people/a%2Fb",
                "/api/people/a%5Cb",
                "/api/people/%zz",
                "/api/people/%",
                "/api/people//x",
                "/api/people;x=1/..;/y"
            })
    void aMalformedApiPathGets400WithTheJsonErrorBody(String path) throws IOException {
        Answer answer = send(path, "");

        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.head().toLowerCase(Locale.ROOT)).contains("content-type: application/json");
        assertThat(JSON.readTree(answer.body()).get("error").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Tomcat", "<html");
    }

    @Test
    void overLongHeadersUnderTheApiGetTheJsonErrorBody() throws IOException {
        Answer answer = send("/api/people", "X-Padding: " + "x".repeat(20_000) + "\r\n");

        assertThat(answer.status()).as(answer.head()).isBetween(400, 499);
        assertThat(answer.head().toLowerCase(Locale.ROOT)).contains("content-type: application/json");
        assertThat(JSON.readTree(answer.body()).get("error").asString()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people/%00", "/people/%2e%2e/x", "/people/a%2Fb", "/people/%zz"})
    void aMalformedPagePathGetsTheApplicationsErrorPage(String path) throws IOException {
        Answer answer = send(path, "");

        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.head().toLowerCase(Locale.ROOT)).contains("content-type: text/html");
        assertThat(answer.body()).contains("Convene").doesNotContain("Apache Tomcat");
    }
}
