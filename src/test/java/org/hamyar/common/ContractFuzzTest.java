package org.hamyar.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.support.Contract;
import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.Organisations;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Every operation of openapi/openapi.yaml, called with a token of a role it admits and with parameters and bodies
 * that start from the contract's own examples and are then broken by jqwik's generators (wrong JSON types, NUL and
 * lone surrogates, huge and negative numbers, overlong text, bytes that are not UTF-8). Whatever comes in: no 5xx,
 * every 4xx is problem+json, and a refused change stores nothing. {@code -Dfuzz.requests=10000} for a longer run.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1500);
    // not match: the proposal job adds matches to needs on its own schedule
    private static final List<String> STORED = List.of("volunteer", "centre", "need", "webhook_subscription",
            "idempotency_key", "staff_account", "partner_client");

    @Inject
    Database db;
    @Inject
    Organisations organisations;

    private final Random random = new Random(SEED);
    private final Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(40);
    private final Arbitrary<String> nastyText = Arbitraries.of("\u0000", "a\u0000b", "\ud800", "x\udc00y", "\r\nX: y",
            "..%2f..%2f", "' OR 1=1 --", "۱۲۳۴۵۶۷۸۹۰", "ي ك", "\u202e", "  ", "", "A".repeat(5000), "-999999-01-01",
            "2147483648", "1e309", "NaN", "true", "null", "{}", "[]");
    private final Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.of(0L, -1L, 1L, (long) Integer.MAX_VALUE,
            Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE), Arbitraries.longs());

    @Test
    void noOperationAnswers5xxOrAnErrorThatIsNotAProblemAndRefusedChangesStoreNothing() throws IOException {
        SourceOfRandomness.create(String.valueOf(SEED));
        OpenAPI spec = parse();
        List<Call> calls = new ArrayList<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> calls.add(
                new Call(method.name(), path, op, item))));
        assertThat(calls).as("operations in the contract").hasSizeGreaterThanOrEqualTo(39);

        Tokens tokens = tokens();
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Call call = calls.get(i % calls.size());
            boolean changes = !call.method().equals("GET");
            Map<String, Long> before = changes ? counts() : Map.of();
            Sent sent = send(call, tokens);
            ExtractableResponse<Response> answer = sent.answer();
            int status = answer.statusCode();
            statuses.merge(status / 100 + "xx " + status, 1, Integer::sum);
            String what = call.method() + " " + sent.target() + " -> " + status;
            if (status >= 500) {
                failures.add(what + " " + answer.asString());
            } else if (status >= 400) {
                String type = String.valueOf(answer.contentType());
                JsonNode body = type.startsWith("application/problem+json") ? JSON.readTree(answer.asString()) : null;
                if (body == null || body.path("status").asInt() != status || !body.path("type").isTextual()) {
                    failures.add(what + " is not problem+json: " + type + " " + answer.asString());
                }
                if (changes && !before.equals(counts())) {
                    failures.add(what + " was refused but stored something: " + before + " then " + counts());
                }
            }
        }
        System.out.printf("ContractFuzzTest: %d requests over %d operations (seed %d): %s%n", REQUESTS, calls.size(),
                SEED, statuses);
        assertThat(failures).as("answers that broke the rules").isEmpty();
    }

    private record Call(String method, String path, Operation op, PathItem item) {
    }

    private record Sent(String target, ExtractableResponse<Response> answer) {
    }

    private record Tokens(String staff, String volunteer, String partner, String admin) {
    }

    private Tokens tokens() {
        long office = organisations.organisation("WELFARE_OFFICE");
        String client = organisations.partner(office, Organisations.TEHRAN_PROVINCE, "fuzz-" + UUID.randomUUID());
        String volunteer = Contract.api().body(SignupBodies.valid(NationalIds.fresh())).post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
        return new Tokens(org.hamyar.support.Tokens.staff(office, Organisations.TEHRAN_PROVINCE),
                org.hamyar.support.Tokens.volunteer(volunteer),
                org.hamyar.support.Tokens.partnerClient(client, office, Organisations.TEHRAN_PROVINCE),
                org.hamyar.support.Tokens.admin());
    }

    private Sent send(Call call, Tokens tokens) {
        List<Parameter> parameters = new ArrayList<>();
        if (call.item().getParameters() != null) {
            parameters.addAll(call.item().getParameters());
        }
        if (call.op().getParameters() != null) {
            parameters.addAll(call.op().getParameters());
        }
        String target = call.path();
        StringBuilder query = new StringBuilder();
        var request = given().urlEncodingEnabled(false).accept("application/json");
        for (Parameter p : parameters) {
            if (p.get$ref() != null) {
                continue;
            }
            boolean required = Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getIn());
            if (!required && random.nextInt(3) == 0) {
                continue;
            }
            String value = parameterValue(p);
            switch (p.getIn()) {
                case "path" -> target = target.replace("{" + p.getName() + "}", encode(value));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(p.getName()).append('=')
                        .append(encode(value));
                case "header" -> request.header(p.getName(), encode(value));
                default -> {
                }
            }
        }
        String token = token(call, tokens);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (call.op().getRequestBody() != null && call.op().getRequestBody().getContent() != null) {
            var content = call.op().getRequestBody().getContent();
            String mediaType = content.keySet().iterator().next();
            request.contentType(mediaType.contains("json") ? "application/json" : mediaType);
            byte[] payload = body(content.get(mediaType), mediaType);
            if (mediaType.contains("x-www-form-urlencoded")) {
                // REST Assured encodes forms from text only
                request.body(new String(payload, StandardCharsets.ISO_8859_1));
            } else {
                request.body(payload);
            }
        }
        String sentTo = target + query;
        return new Sent(sentTo, request.request(call.method(), sentTo).then().extract());
    }

    /** A token of a role the operation admits; none for public ones (and now and then none at all). */
    private String token(Call call, Tokens tokens) {
        if (call.op().getSecurity() != null && call.op().getSecurity().isEmpty() || random.nextInt(20) == 0) {
            return null;
        }
        if (call.path().startsWith("/api/v1/me")) {
            return tokens.volunteer();
        }
        if (call.path().startsWith("/api/v1/admin")) {
            return tokens.admin();
        }
        return call.path().startsWith("/api/v1/webhooks") ? tokens.partner() : tokens.staff();
    }

    private String parameterValue(Parameter p) {
        Object example = p.getExample() != null ? p.getExample()
                : p.getSchema() != null && p.getSchema().getExample() != null ? p.getSchema().getExample() : null;
        return switch (random.nextInt(4)) {
            case 0 -> example != null ? String.valueOf(example) : UUID.randomUUID().toString();
            case 1 -> sample(nastyText);
            case 2 -> String.valueOf(sample(numbers));
            default -> sample(anyText);
        };
    }

    private byte[] body(MediaType media, String mediaType) {
        JsonNode example = media.getExample() != null ? JSON.valueToTree(media.getExample())
                : media.getExamples() != null && !media.getExamples().isEmpty()
                        ? JSON.valueToTree(media.getExamples().values().iterator().next().getValue())
                        : fromSchema(media.getSchema(), 0);
        if (random.nextInt(10) == 0) {
            // bytes that are not UTF-8, or not JSON at all
            return random.nextBoolean() ? new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAE, '"', '}' }
                    : sample(anyText).getBytes(StandardCharsets.UTF_8);
        }
        JsonNode broken = example == null ? NODES.objectNode() : example.deepCopy();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            broken = mutate(broken, 0);
        }
        if (mediaType.contains("x-www-form-urlencoded")) {
            StringBuilder form = new StringBuilder();
            broken.fields().forEachRemaining(f -> form.append(form.isEmpty() ? "" : "&").append(encode(f.getKey()))
                    .append('=').append(encode(f.getValue().isTextual() ? f.getValue().asText()
                            : f.getValue().toString())));
            return form.toString().getBytes(StandardCharsets.UTF_8);
        }
        return broken.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field somewhere in the document replaced by a wrong type, a nasty string, an edge number or nothing. */
    private JsonNode mutate(JsonNode node, int depth) {
        if (node instanceof ObjectNode object && object.size() > 0 && (depth < 3 && random.nextInt(3) > 0)) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(8) == 0) {
                object.remove(name);
            } else {
                object.set(name, mutate(object.get(name), depth + 1));
            }
            return object;
        }
        if (node instanceof ArrayNode array && array.size() > 0 && depth < 3 && random.nextBoolean()) {
            int i = random.nextInt(array.size());
            array.set(i, mutate(array.get(i), depth + 1));
            return array;
        }
        return switch (random.nextInt(7)) {
            case 0 -> NODES.textNode(sample(nastyText));
            case 1 -> NODES.textNode(sample(anyText));
            case 2 -> NODES.numberNode(sample(numbers));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.arrayNode().add(sample(anyText));
            default -> NODES.objectNode().put(sample(anyText), sample(numbers));
        };
    }

    @SuppressWarnings("rawtypes")
    private JsonNode fromSchema(Schema schema, int depth) {
        if (schema == null || depth > 4) {
            return NODES.nullNode();
        }
        if (schema.getExample() != null) {
            return JSON.valueToTree(schema.getExample());
        }
        if (schema.getProperties() != null) {
            ObjectNode object = NODES.objectNode();
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.forEach((name, property) -> object.set(name, fromSchema(property, depth + 1)));
            return object;
        }
        if (schema.getItems() != null) {
            return NODES.arrayNode().add(fromSchema(schema.getItems(), depth + 1));
        }
        return NODES.textNode(sample(anyText));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : STORED) {
            counts.put(table, db.count("SELECT count(*) FROM " + table, io.vertx.mutiny.sqlclient.Tuple.tuple()));
        }
        return counts;
    }

    /** Outside a jqwik property only sampling works; the thread's source of randomness is seeded in the test. */
    private static <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static OpenAPI parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/openapi.yaml")), null, options)
                .getOpenAPI();
    }
}
