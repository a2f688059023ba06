package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.support.Contract.badRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * What an attacker's bytes get: a 4xx problem+json that names the field, nothing stored, and no 5xx. Raw sockets
 * where an HTTP client would repair the request before sending it.
 */
@QuarkusTest
class BadInputTest {

    private static final String SIGNUP = "/api/v1/volunteers";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Database db;

    @Test
    void nulAndLineBreaksInThePathQueryOrHeadersAreRefusedBeforeTheyReachTheDatabaseOrTheLog() {
        assertProblem(raw("GET /api/v1/needs/abc%00def HTTP/1.1", List.of(), null), 400, "path", "text");
        assertProblem(raw("GET /api/v1/needs/a%0d%0a2026-12-03%20ERROR%20forged HTTP/1.1", List.of(), null), 400,
                "path", "text");
        assertProblem(raw("GET /api/v1/centres?type=FACILITATION%00CENTRE HTTP/1.1", List.of(), null), 400, "type",
                "text");
        assertProblem(raw("GET /api/v1/needs?skill=elderly-care%00 HTTP/1.1", List.of(), null), 400, "skill", "text");
        assertProblem(raw("GET /api/v1/volunteers/01a23b43-0819-7473-9eee-e9cded8ac2d8 HTTP/1.1",
                List.of("Authorization: Bearer " + Tokens.staff(), "X-Access-Reason: follow-up%00call"), null), 400,
                "X-Access-Reason", "text");
    }

    @Test
    void brokenPercentEncodingAndOverlongUtf8InTheRequestLineAreRefused() {
        Answer notHex = raw("GET /api/v1/needs/%zz HTTP/1.1", List.of(), null);
        assertProblem(notHex, 400, "path", "encoding");
        assertThat(notHex.headers()).as("the headers of every answer").contains("x-content-type-options: nosniff");
        assertProblem(raw("GET /api/v1/neighbourhoods?q=%zz HTTP/1.1", List.of(), null), 400, "q", "encoding");
        assertProblem(raw("GET /%zz HTTP/1.1", List.of(), null), 400, "path", "encoding");
        // characters a URI must percent-encode
        assertProblem(raw("GET /api/v1/needs/a|b HTTP/1.1", List.of(), null), 400, "path", "encoding");
        assertProblem(raw("GET /api/v1/needs?county=<1> HTTP/1.1", List.of(), null), 400, "query", "encoding");
        assertProblem(raw("GET /api/v1/needs/%E0%A4 HTTP/1.1", List.of(), null), 400, "path", "encoding");
        assertProblem(raw("GET /api/v1/neighbourhoods?q=%D9%86%D8 HTTP/1.1", List.of(), null), 400, "q",
                "encoding");
        assertProblem(raw("GET /api/v1/centres/%C0%AE%C0%AE%C0%AF HTTP/1.1", List.of(), null), 400, "path",
                "encoding");
        Answer tooLong = raw("GET /api/v1/centres/" + "a".repeat(9000) + " HTTP/1.1", List.of(), null);
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.problem().path("type").asText()).endsWith("/uri-too-long");
    }

    @Test
    void textThatCannotBeStoredIsRefusedByFieldAndNothingIsStored() throws IOException {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = SignupBodies.valid(nationalId);
        body.put("firstName", "زهرا\u0000");
        assertProblem(signUp(JSON.writeValueAsBytes(body)), 400, "firstName", "text");

        body = SignupBodies.valid(nationalId);
        String json = JSON.writeValueAsString(body).replace("\"lastName\":\"" + body.get("lastName") + "\"",
                "\"lastName\":\"\\ud800x\"");
        assertProblem(signUp(json.getBytes(StandardCharsets.UTF_8)), 400, "lastName", "text");

        // C0 AE C0 AE C0 AF is an overlong "../": a lenient decoder would store it as such
        body = SignupBodies.valid(nationalId);
        body.put("firstName", "OVERLONG");
        byte[] bytes = JSON.writeValueAsBytes(body);
        assertProblem(signUp(replace(bytes, "OVERLONG", new byte[] { (byte) 0xC0, (byte) 0xAE, (byte) 0xC0,
                (byte) 0xAE, (byte) 0xC0, (byte) 0xAF })), 400, "body", "encoding");
        assertThat(db.volunteersWithNationalId(nationalId)).isZero();
    }

    @Test
    void jsonTypesAreStrictAndDatesHaveFourDigitYears() throws IOException {
        String nationalId = NationalIds.fresh();
        for (Map.Entry<String, Object> wrong : List.<Map.Entry<String, Object>> of(Map.entry("firstName", 12),
                Map.entry("lastName", true), Map.entry("birthDate", -1), Map.entry("birthDate", "-999999-01-01"),
                Map.entry("birthDate", "+10000-01-01"), Map.entry("birthDate", "1988-02-30"))) {
            Map<String, Object> body = SignupBodies.valid(nationalId);
            body.put(wrong.getKey(), wrong.getValue());
            assertProblem(signUp(JSON.writeValueAsBytes(body)), 400, wrong.getKey(), "type");
        }
        assertThat(db.volunteersWithNationalId(nationalId)).isZero();

        var answer = badRequest().header("Authorization", "Bearer " + Tokens.staff())
                .body(Map.of("startsOn", "-999999-01-01")).post("/api/v1/needs")
                .then().extract();
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getList("errors.field")).contains("startsOn");
    }

    @Test
    void theLastPossiblePageIsAnEmptyPageNotAnOverflow() {
        for (String path : List.of("/api/v1/centres", "/api/v1/needs", "/api/v1/neighbourhoods", "/api/v1/campaigns")) {
            badRequest().get(path + "?page=2147483647&size=200").then().statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        }
    }

    @Test
    void aSignUpWithoutContentTypeOrWithABlankIdempotencyKeyIsRefused() throws IOException {
        String nationalId = NationalIds.fresh();
        byte[] body = JSON.writeValueAsBytes(SignupBodies.valid(nationalId));
        Answer untyped = raw("POST " + SIGNUP + " HTTP/1.1", List.of("Content-Length: " + body.length), body);
        assertThat(untyped.status()).isEqualTo(415);
        assertThat(untyped.problem().path("type").asText()).endsWith("/unsupported-media-type");

        assertProblem(raw("POST " + SIGNUP + " HTTP/1.1", List.of("Content-Type: application/json",
                "Idempotency-Key: ", "Content-Length: " + body.length), body), 400, "Idempotency-Key", "required");
        assertProblem(raw("POST " + SIGNUP + " HTTP/1.1", List.of("Content-Type: application/json",
                "Idempotency-Key:    ", "Content-Length: " + body.length), body), 400, "Idempotency-Key",
                "required");
        assertThat(db.volunteersWithNationalId(nationalId)).isZero();
    }

    @Test
    void tokenFormFieldsThatAreTooLongOrNotTextAreProblems() {
        byte[] tooLong = ("grant_type=client_credentials&client_id=app&client_secret=" + "s".repeat(5000))
                .getBytes(StandardCharsets.US_ASCII);
        Answer answer = raw("POST /api/v1/auth/token HTTP/1.1", List.of("Content-Type: application/x-www-form-urlencoded",
                "Content-Length: " + tooLong.length), tooLong);
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.contentType()).startsWith("application/problem+json");

        byte[] nul = "grant_type=client_credentials&client_id=a%00pp&client_secret=x".getBytes(StandardCharsets.US_ASCII);
        assertProblem(raw("POST /api/v1/auth/token HTTP/1.1", List.of("Content-Type: application/x-www-form-urlencoded",
                "Content-Length: " + nul.length), nul), 400, "client_id", "text");
    }

    @Test
    void requestTextInALogLineHasItsControlCharactersEscaped() {
        assertThat(LogText.escaped("/api/v1/needs/a\r\n2026-12-03 ERROR forged")).isEqualTo(
                "/api/v1/needs/a\\u000d\\u000a2026-12-03 ERROR forged").doesNotContain("\n");
    }

    private static Answer signUp(byte[] body) {
        return raw("POST " + SIGNUP + " HTTP/1.1", List.of("Content-Type: application/json",
                "Content-Length: " + body.length), body);
    }

    private static void assertProblem(Answer answer, int status, String field, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        JsonNode errors = answer.problem().path("errors");
        boolean named = false;
        for (JsonNode e : errors) {
            named |= field.equals(e.path("field").asText()) && code.equals(e.path("code").asText());
        }
        assertThat(named).as("%s names %s as %s", answer, field, code).isTrue();
    }

    /** {@code headers}: the header lines, lower-cased. */
    record Answer(int status, String contentType, String body, String headers) {

        JsonNode problem() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** One HTTP/1.1 exchange with the bytes exactly as given. */
    private static Answer raw(String requestLine, List<String> headers, byte[] body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(requestLine.getBytes(StandardCharsets.ISO_8859_1));
            request.write("\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
            for (String h : headers) {
                request.write((h + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                request.write(body);
            }
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            String content = end < 0 ? "" : answer.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String type = "";
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase();
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            return new Answer(status, type, chunked ? unchunk(content) : content, head.toLowerCase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unchunk(String content) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < content.length()) {
            int eol = content.indexOf("\r\n", i);
            int size = Integer.parseInt(content.substring(i, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            byte[] rest = content.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            out.append(chunk);
            i = eol + 2 + chunk.length() + 2;
        }
        return out.toString();
    }

    private static byte[] replace(byte[] bytes, String marker, byte[] with) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(with, 0, with.length);
        out.write(bytes, at + marker.length(), bytes.length - at - marker.length());
        return out.toByteArray();
    }
}
