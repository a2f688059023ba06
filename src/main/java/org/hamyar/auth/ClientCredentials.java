package org.hamyar.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.Digests;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.FormText;
import org.hamyar.common.ProblemType;
import org.hamyar.security.Region;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** OAuth2 client credentials grant (RFC 6749 §4.4) for partner apps, with client secrets stored as SHA-256. */
@ApplicationScoped
public class ClientCredentials {

    /** The form fields of a token request; the client may authenticate with HTTP Basic instead of the form. */
    public record Request(String grantType, String scope, String clientId, String clientSecret, String authorization) {
    }

    private static final String CLIENT = """
            SELECT secret_sha256, name, organisation_id, region_province, region_county, scopes
            FROM partner_client WHERE client_id = $1
            """;

    private final Pool pool;
    private final TokenIssuer tokens;

    ClientCredentials(Pool pool, TokenIssuer tokens) {
        this.pool = pool;
        this.tokens = tokens;
    }

    public Uni<TokenResponse> token(Request request) {
        checkText("grant_type", request.grantType());
        checkText("scope", request.scope());
        checkText("client_id", request.clientId());
        checkText("client_secret", request.clientSecret());
        if (request.grantType() == null || request.grantType().isBlank()) {
            throw ApiException.oauth(ProblemType.VALIDATION, List.of(new FieldViolation("grant_type", "required")),
                    "invalid_request");
        }
        if (!"client_credentials".equals(request.grantType())) {
            throw ApiException.oauth(ProblemType.VALIDATION,
                    List.of(new FieldViolation("grant_type", "unsupported")), "unsupported_grant_type");
        }
        String[] credentials = credentials(request);
        return pool.preparedQuery(CLIENT).execute(Tuple.of(credentials[0])).map(rows -> {
            Row client = rows.size() == 0 ? null : rows.iterator().next();
            byte[] offered = Digests.sha256(credentials[1].getBytes(StandardCharsets.UTF_8));
            if (client == null || !MessageDigest.isEqual(client.getBuffer(0).getBytes(), offered)) {
                throw ApiException.oauth(ProblemType.INVALID_CLIENT, List.of(), "invalid_client");
            }
            Set<String> granted = Set.of(client.getArrayOfStrings(5));
            Set<String> scopes = requested(request.scope(), granted);
            return tokens.partner(credentials[0], client.getString(1), client.getLong(2),
                    Region.of(client.getString(3), client.getInteger(4)), scopes);
        });
    }

    /** The requested scopes, or every granted one when none is named; asking for one not granted is an error. */
    private static Set<String> requested(String scope, Set<String> granted) {
        if (scope == null || scope.isBlank()) {
            return new LinkedHashSet<>(granted.stream().sorted().toList());
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        if (!granted.containsAll(asked)) {
            throw ApiException.oauth(ProblemType.VALIDATION, List.of(new FieldViolation("scope", "scope")),
                    "invalid_scope");
        }
        return asked;
    }

    /** {@code [clientId, secret]} from HTTP Basic (form-encoded parts, RFC 6749 §2.3.1) or from the form. */
    private static String[] credentials(Request request) {
        String header = request.authorization();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    return new String[] { URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8) };
                }
            } catch (IllegalArgumentException malformed) {
                // falls through to invalid_client
            }
            throw ApiException.oauth(ProblemType.INVALID_CLIENT, List.of(), "invalid_client");
        }
        if (request.clientId() == null || request.clientId().isBlank() || request.clientSecret() == null) {
            throw ApiException.oauth(ProblemType.INVALID_CLIENT, List.of(), "invalid_client");
        }
        return new String[] { request.clientId(), request.clientSecret() };
    }

    /** A NUL reaching PostgreSQL would be a 500; text that is not clean is an invalid request (RFC 6749 §5.2). */
    private static void checkText(String field, String value) {
        if (!FormText.clean(value)) {
            throw ApiException.oauth(ProblemType.VALIDATION, List.of(new FieldViolation(field, "text")),
                    "invalid_request");
        }
    }
}
