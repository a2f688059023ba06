package org.hamyar.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.sms.SmsSink;
import org.hamyar.support.Citizens;
import org.hamyar.support.Database;
import org.hamyar.support.Organisations;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Tuple;

/** How citizens, staff and partner apps get tokens, and which tokens the service accepts. */
@QuarkusTest
@SuppressWarnings("unchecked")
class AuthTest {

    @Inject
    SmsSink sms;
    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    PersonalDataCrypto crypto;

    private static io.restassured.specification.RequestSpecification from(String address) {
        return api().header("X-Forwarded-For", address);
    }

    private String sendCode(String mobile) {
        from(Citizens.freshAddress()).body(Map.of("mobile", mobile)).post("/api/v1/auth/otp")
                .then().statusCode(202).body("expiresIn", equalTo(300));
        String text = sms.lastTo(Citizens.e164(mobile)).orElseThrow().text();
        return text.replaceAll("\\D*(\\d{6}).*", "$1");
    }

    @Test
    void aCitizenLogsInWithACodeSentBySmsAndTheTokenIsTheirs() {
        String mobile = Citizens.freshMobile();
        String id = Citizens.signUp(mobile, Organisations.KHAZANEH);
        String code = sendCode(mobile);

        String token = api().body(Map.of("mobile", mobile, "code", code)).post("/api/v1/auth/otp/verify")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(43200))
                .extract().path("access_token");

        Map<String, Object> header = part(token, 0);
        Map<String, Object> claims = part(token, 1);
        assertThat(header).containsEntry("kid", "test-2").containsEntry("alg", "RS256");
        assertThat(claims).containsEntry("sub", id).containsEntry("iss", "https://hamyar.ir")
                .containsKeys("exp", "iat", "jti", "aud");
        bearer(token).get("/api/v1/me").then().statusCode(200).body("id", equalTo(id));
        // A code works once.
        badRequest().body(Map.of("mobile", mobile, "code", code)).post("/api/v1/auth/otp/verify")
                .then().statusCode(401).body("type", endsWith("/invalid-code"));
    }

    @Test
    void anUnregisteredMobileGetsTheSameAnswerAndNoSms() {
        String mobile = Citizens.freshMobile();
        from(Citizens.freshAddress()).body(Map.of("mobile", mobile)).post("/api/v1/auth/otp")
                .then().statusCode(202).body("expiresIn", equalTo(300)).body("resendAfter", equalTo(60));
        assertThat(sms.countTo(Citizens.e164(mobile))).isZero();
        api().body(Map.of("mobile", mobile, "code", "123456")).post("/api/v1/auth/otp/verify")
                .then().statusCode(401).contentType(containsString("application/problem+json"));
    }

    @Test
    void fiveWrongCodesBurnTheChallenge() {
        String mobile = Citizens.freshMobile();
        Citizens.signUp(mobile, Organisations.KHAZANEH);
        String code = sendCode(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            api().body(Map.of("mobile", mobile, "code", wrong)).post("/api/v1/auth/otp/verify")
                    .then().statusCode(401);
        }
        api().body(Map.of("mobile", mobile, "code", code)).post("/api/v1/auth/otp/verify").then().statusCode(401);
    }

    @Test
    void anExpiredCodeIsRefusedAndCodesAreStoredOnlyHashed() {
        String mobile = Citizens.freshMobile();
        Citizens.signUp(mobile, Organisations.KHAZANEH);
        String code = sendCode(mobile);
        Tuple key = Tuple.of(Buffer.buffer(crypto.hmac("otp-mobile:" + Citizens.e164(mobile))));
        assertThat(database.count("SELECT count(*) FROM otp_challenge WHERE mobile_hmac = $1", key)).isOne();
        assertThat(database.count("SELECT count(*) FROM otp_challenge WHERE position($2::bytea in code_hmac) > 0 "
                + "AND mobile_hmac = $1", Tuple.of(key.getValue(0), Buffer.buffer(code)))).isZero();
        database.count("WITH u AS (UPDATE otp_challenge SET expires_at = now() - interval '1 second' "
                + "WHERE mobile_hmac = $1 RETURNING 1) SELECT count(*) FROM u", key);
        api().body(Map.of("mobile", mobile, "code", code)).post("/api/v1/auth/otp/verify").then().statusCode(401);
    }

    @Test
    void sendingIsLimitedPerMobileAndPerAddressWithRetryAfter() {
        String mobile = Citizens.freshMobile();
        from(Citizens.freshAddress()).body(Map.of("mobile", mobile)).post("/api/v1/auth/otp").then().statusCode(202);
        badRequest().header("X-Forwarded-For", Citizens.freshAddress()).body(Map.of("mobile", mobile))
                .post("/api/v1/auth/otp").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("type", endsWith("/too-many-requests"));

        String address = Citizens.freshAddress();
        for (int i = 0; i < 20; i++) {
            from(address).body(Map.of("mobile", Citizens.freshMobile())).post("/api/v1/auth/otp")
                    .then().statusCode(202);
        }
        String retryAfter = badRequest().header("X-Forwarded-For", address)
                .body(Map.of("mobile", Citizens.freshMobile())).post("/api/v1/auth/otp")
                .then().statusCode(429).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(3500L, 3600L);
    }

    @Test
    void theAddressLimitCountsWhatTheProxySawNotWhatTheClientWrote() {
        // The same-host proxy appends the address it saw; the client writes whatever it likes to the left.
        String seen = Citizens.freshAddress();
        for (int i = 0; i < 20; i++) {
            from(Citizens.freshAddress() + ", " + seen).body(Map.of("mobile", Citizens.freshMobile()))
                    .post("/api/v1/auth/otp").then().statusCode(202);
        }
        badRequest().header("X-Forwarded-For", Citizens.freshAddress() + ", " + seen)
                .body(Map.of("mobile", Citizens.freshMobile())).post("/api/v1/auth/otp")
                .then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aBadMobileIsNamed() {
        badRequest().body(Map.of("mobile", "0212345678")).post("/api/v1/auth/otp")
                .then().statusCode(400).body("errors[0].field", equalTo("mobile"));
        badRequest().body(Map.of("mobile", "09121234567", "code", "12")).post("/api/v1/auth/otp/verify")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void staffLogInWithAPasswordAndAreLockedOutAfterFiveFailures() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String username = organisations.staff(org, "county:2801", "correct horse battery");

        String token = api().body(Map.of("username", username.toUpperCase(), "password", "correct horse battery"))
                .post("/api/v1/auth/staff/login").then().statusCode(200).extract().path("access_token");
        Map<String, Object> claims = part(token, 1);
        assertThat(claims).containsEntry("region", "county:2801").containsEntry("org", (int) org);
        assertThat((List<Object>) claims.get("groups")).containsExactly("staff");

        for (int i = 0; i < 5; i++) {
            api().body(Map.of("username", username, "password", "wrong")).post("/api/v1/auth/staff/login")
                    .then().statusCode(401).body("type", endsWith("/invalid-credentials"));
        }
        api().body(Map.of("username", username, "password", "correct horse battery"))
                .post("/api/v1/auth/staff/login").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void fortyParallelGuessesAtOneStaffNameGetOnlyFiveChecked() throws Exception {
        long org = organisations.organisation("WELFARE_OFFICE");
        String username = organisations.staff(org, "county:2801", "correct horse battery");
        List<Integer> answers = inParallel(40, i -> badRequest()
                .body(Map.of("username", username, "password", "wrong " + i))
                .post("/api/v1/auth/staff/login").then().extract().statusCode());
        // 401 means the password was checked; 429 that the lockout stopped it before Argon2.
        assertThat(answers).filteredOn(s -> s == 401).hasSize(5);
        assertThat(answers).filteredOn(s -> s == 429).hasSize(35);
        api().body(Map.of("username", username, "password", "correct horse battery"))
                .post("/api/v1/auth/staff/login").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aParallelBurstOfCodesFromOneAddressStopsAtItsLimit() throws Exception {
        String address = Citizens.freshAddress();
        List<Integer> answers = inParallel(40, i -> badRequest().header("X-Forwarded-For", address)
                .body(Map.of("mobile", Citizens.freshMobile())).post("/api/v1/auth/otp").then().extract()
                .statusCode());
        assertThat(answers).filteredOn(s -> s == 202).hasSize(20);
        assertThat(answers).filteredOn(s -> s == 429).hasSize(20);
    }

    @Test
    void parallelGuessesAtOneCodeAreCheckedFiveTimesAtMost() throws Exception {
        String mobile = Citizens.freshMobile();
        Citizens.signUp(mobile, Organisations.KHAZANEH);
        String code = sendCode(mobile);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        List<Integer> answers = inParallel(40, i -> badRequest().body(Map.of("mobile", mobile, "code", wrong))
                .post("/api/v1/auth/otp/verify").then().extract().statusCode());
        assertThat(answers).containsOnly(401);
        // However they raced, the guesses used up the code: the right one no longer works.
        api().body(Map.of("mobile", mobile, "code", code)).post("/api/v1/auth/otp/verify").then().statusCode(401);
    }

    /** Runs the call n times at once (all released together) and gives the answers' status codes. */
    private static List<Integer> inParallel(int n, IntFunction<Integer> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                calls.add(threads.submit(() -> {
                    start.await();
                    return call.apply(k);
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> c : calls) {
                answers.add(c.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anUnknownStaffNameLooksLikeAWrongPassword() {
        api().body(Map.of("username", "nobody-" + System.nanoTime(), "password", "x"))
                .post("/api/v1/auth/staff/login").then().statusCode(401).body("type", endsWith("/invalid-credentials"));
    }

    @Test
    void partnerAppsGetScopedTokensWithClientCredentials() {
        long org = organisations.organisation("NGO");
        String client = organisations.partner(org, Organisations.QAZVIN_PROVINCE, "s3cret", "needs:write",
                "centres:write");

        String token = api().contentType(ContentType.URLENC).auth().preemptive().basic(client, "s3cret")
                .body("grant_type=client_credentials&scope=needs%3Awrite")
                .post("/api/v1/auth/token").then().statusCode(200).body("scope", equalTo("needs:write"))
                .extract().path("access_token");
        assertThat((java.util.List<Object>) part(token, 1).get("groups")).contains("partner", "needs:write")
                .doesNotContain("centres:write");

        api().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&client_id=" + client + "&client_secret=s3cret")
                .post("/api/v1/auth/token").then().statusCode(200)
                .body("scope", equalTo("centres:write needs:write"));

        badRequest().contentType(ContentType.URLENC).auth().preemptive().basic(client, "wrong")
                .body("grant_type=client_credentials").post("/api/v1/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        badRequest().contentType(ContentType.URLENC).auth().preemptive().basic(client, "s3cret")
                .body("grant_type=password").post("/api/v1/auth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        badRequest().contentType(ContentType.URLENC).auth().preemptive().basic(client, "s3cret")
                .body("grant_type=client_credentials&scope=stats%3Aadmin")
                .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("invalid_scope"))
                .body("errors[0].field", equalTo("scope"));
    }

    @Test
    void theJwksPublishesTheActiveAndTheRetiringKey() {
        api().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys.kid", hasItems("test-1", "test-2"))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys.d", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getMap("$");
    }
}
