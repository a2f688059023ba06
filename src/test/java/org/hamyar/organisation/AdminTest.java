package org.hamyar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.hamyar.support.Contract.bearer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.sms.SmsSink;
import org.hamyar.support.Citizens;
import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.Organisations;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Tuple;

/** The national administrator: organisations, staff accounts and partner apps, every change audited. */
@QuarkusTest
@SuppressWarnings("unchecked")
class AdminTest {

    private static final String PASSWORD = "a long new staff password";

    @Inject
    SmsSink sms;
    @Inject
    Database db;
    @Inject
    Organisations organisations;

    /** The administrator that application.properties configures for the test profile (made at start). */
    private static String adminToken() {
        return api().body(Map.of("username", "admin", "password", "test-admin-password"))
                .post("/api/v1/auth/staff/login").then().statusCode(200).extract().path("access_token");
    }

    private static String login(String username, String password) {
        return api().body(Map.of("username", username, "password", password)).post("/api/v1/auth/staff/login")
                .then().extract().path("access_token");
    }

    private static int loginStatus(String username, String password) {
        return api().body(Map.of("username", username, "password", password)).post("/api/v1/auth/staff/login")
                .then().extract().statusCode();
    }

    private long createOrganisation(String admin) {
        String code = "org-" + UUID.randomUUID().toString().substring(0, 8);
        return bearer(admin).body(Map.of("code", code, "kind", "NGO", "nameFa", "سمن آزمون", "nameEn", "Test NGO"))
                .post("/api/v1/admin/organisations").then().statusCode(201)
                .body("code", equalTo(code)).extract().<Number> path("id").longValue();
    }

    private Map<String, Object> staffBody(long organisation, String mobile) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisation);
        body.put("username", "s." + UUID.randomUUID().toString().substring(0, 8));
        body.put("displayName", "کارشناس تازه");
        body.put("mobile", mobile);
        body.put("countyId", 2801);
        return body;
    }

    /** The token of the newest set-password link sent to this mobile. */
    private String linkToken(String mobile) {
        String text = sms.lastTo(Citizens.e164(mobile)).orElseThrow().text();
        assertThat(text).contains("https://hamyar.ir/staff/password#token=");
        return text.substring(text.indexOf("#token=") + 7).trim();
    }

    private long audited(String action, String objectId) {
        return db.count("SELECT count(*) FROM audit_entry WHERE actor_kind = 'ADMIN' AND action = $1 AND object_id = $2",
                Tuple.of(action, objectId));
    }

    @Test
    void theAdministratorIsMadeFromConfigurationAndItsTokenSaysAdminOnly() {
        String token = adminToken();
        Map<String, Object> claims = claims(token);
        assertThat((List<Object>) claims.get("groups")).containsExactly("admin");
        assertThat(claims).doesNotContainKeys("org", "region");
        // an administrator is no staff member: the staff endpoints refuse it
        bearer(token).get("/api/v1/review-queue").then().statusCode(403);
    }

    @Test
    void everyAdminOperationAnswers401WithoutATokenAnd403ToVolunteersStaffAndPartners() {
        String volunteer = api().body(SignupBodies.valid(NationalIds.fresh())).post("/api/v1/volunteers").then()
                .statusCode(201).extract().path("id");
        List<String> others = List.of(Tokens.volunteer(volunteer), Tokens.staff(),
                Tokens.partner(1, Organisations.TEHRAN_PROVINCE, "needs:write", "centres:write"));
        String someone = UUID.randomUUID().toString();
        List<String[]> operations = List.of(new String[] { "GET", "/api/v1/admin/organisations" },
                new String[] { "POST", "/api/v1/admin/organisations" },
                new String[] { "GET", "/api/v1/admin/organisations/1" },
                new String[] { "GET", "/api/v1/admin/staff" },
                new String[] { "POST", "/api/v1/admin/staff" },
                new String[] { "GET", "/api/v1/admin/staff/" + someone },
                new String[] { "POST", "/api/v1/admin/staff/" + someone + "/disable" },
                new String[] { "POST", "/api/v1/admin/staff/" + someone + "/enable" },
                new String[] { "POST", "/api/v1/admin/staff/" + someone + "/reset" },
                new String[] { "GET", "/api/v1/admin/partner-apps" },
                new String[] { "POST", "/api/v1/admin/partner-apps" },
                new String[] { "POST", "/api/v1/admin/partner-apps/app-x/secret" });
        long before = db.count("SELECT count(*) FROM organisation", Tuple.tuple());
        for (String[] op : operations) {
            var anonymous = badRequest();
            if (op[0].equals("POST")) {
                anonymous.body("{}");
            }
            anonymous.request(op[0], op[1]).then().statusCode(401)
                    .contentType("application/problem+json");
            for (String token : others) {
                var request = badRequest().header("Authorization", "Bearer " + token);
                if (op[0].equals("POST")) {
                    request.body(Map.of("code", "x-" + UUID.randomUUID(), "kind", "NGO", "nameFa", "x", "nameEn",
                            "x"));
                }
                request.request(op[0], op[1]).then().statusCode(403).contentType("application/problem+json");
            }
            var admitted = badRequest().header("Authorization", "Bearer " + Tokens.admin());
            if (op[0].equals("POST")) {
                admitted.body("{}");
            }
            assertThat(admitted.request(op[0], op[1]).then().extract().statusCode()).as(op[0] + " " + op[1])
                    .isNotIn(401, 403);
        }
        assertThat(db.count("SELECT count(*) FROM organisation", Tuple.tuple())).isEqualTo(before);
    }

    @Test
    void aNewStaffAccountGetsAOneTimeLinkBySmsSetsItsOwnPasswordAndLogsIn() {
        String admin = adminToken();
        long organisation = createOrganisation(admin);
        String mobile = Citizens.freshMobile();
        Map<String, Object> body = staffBody(organisation, mobile);
        String username = (String) body.get("username");

        String id = bearer(admin).body(body).post("/api/v1/admin/staff").then().statusCode(201)
                .header("Cache-Control", "no-store").header("Location", org.hamcrest.Matchers.containsString(
                        "/api/v1/admin/staff/"))
                .body("status", equalTo("PENDING")).body("mobileMasked", equalTo(masked(mobile)))
                .body("countyId", equalTo(2801)).body("provinceCode", nullValue())
                .extract().path("id");
        assertThat(audited("staff.create", id)).isEqualTo(1);
        // no password yet: nothing logs in, whatever is tried
        assertThat(loginStatus(username, PASSWORD)).isEqualTo(401);

        String token = linkToken(mobile);
        // only a hash of the link's token is stored
        assertThat(db.count("SELECT count(*) FROM staff_password_link WHERE staff_id = $1::uuid AND "
                + "token_sha256 = sha256(convert_to($2, 'UTF8'))", Tuple.of(id, token))).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM staff_account WHERE id = $1::uuid AND password_hash IS NULL",
                Tuple.of(id))).isEqualTo(1);

        badRequest().body(Map.of("token", token, "password", "short")).post("/api/v1/auth/staff/password").then()
                .statusCode(400).body("errors.field", hasItem("password"));
        badRequest().body(Map.of("token", token, "password", PASSWORD)).post("/api/v1/auth/staff/password").then()
                .statusCode(204);
        String staffToken = login(username, PASSWORD);
        Map<String, Object> claims = claims(staffToken);
        assertThat((List<Object>) claims.get("groups")).containsExactly("staff");
        assertThat(((Number) claims.get("org")).longValue()).isEqualTo(organisation);
        assertThat(claims).containsEntry("region", "county:2801");
        bearer(admin).get("/api/v1/admin/staff/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));

        // the link worked once
        badRequest().body(Map.of("token", token, "password", "another long password")).post("/api/v1/auth/staff/password")
                .then().statusCode(400).body("errors[0].field", equalTo("token"))
                .body("errors[0].code", equalTo("set-password-link"));
        assertThat(loginStatus(username, "another long password")).isEqualTo(401);
    }

    /** The staff console's review queue with this token as its session cookie: 200, or 303 to the log-in page. */
    private static int console(String token) {
        return io.restassured.RestAssured.given().redirects().follow(false).cookie("hamyar_staff", token)
                .get("/staff").then().extract().statusCode();
    }

    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String masked(String mobile) {
        return "+989*****" + mobile.substring(mobile.length() - 4);
    }

    @Test
    void disablingStopsLogInEnablingRestoresItAndResetForgetsThePassword() {
        String admin = adminToken();
        long organisation = createOrganisation(admin);
        String mobile = Citizens.freshMobile();
        Map<String, Object> body = staffBody(organisation, mobile);
        String username = (String) body.get("username");
        String id = bearer(admin).body(body).post("/api/v1/admin/staff").then().statusCode(201).extract().path("id");
        badRequest().body(Map.of("token", linkToken(mobile), "password", PASSWORD)).post("/api/v1/auth/staff/password")
                .then().statusCode(204);
        String before = login(username, PASSWORD);
        bearer(before).get("/api/v1/review-queue").then().statusCode(200);
        assertThat(console(before)).isEqualTo(200);
        // tokens carry their issue time in seconds: the disabling must fall in a later second to end this one
        sleepPastTheSecond();

        bearer(admin).post("/api/v1/admin/staff/" + id + "/disable").then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        assertThat(loginStatus(username, PASSWORD)).isEqualTo(401);
        // a token given before the disabling ends with it, not an hour later, in the API and in the console
        bearer(before).get("/api/v1/review-queue").then().statusCode(401);
        assertThat(console(before)).isEqualTo(303);
        bearer(admin).post("/api/v1/admin/staff/" + id + "/reset").then().statusCode(409)
                .body("type", equalTo("https://hamyar.ir/problems/account-disabled"));
        bearer(admin).post("/api/v1/admin/staff/" + id + "/enable").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        String after = login(username, PASSWORD);
        bearer(after).get("/api/v1/review-queue").then().statusCode(200);
        bearer(before).get("/api/v1/review-queue").then().statusCode(401);
        sleepPastTheSecond();

        int sent = sms.countTo(Citizens.e164(mobile));
        bearer(admin).post("/api/v1/admin/staff/" + id + "/reset").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        assertThat(sms.countTo(Citizens.e164(mobile))).isEqualTo(sent + 1);
        assertThat(loginStatus(username, PASSWORD)).isEqualTo(401);
        bearer(after).get("/api/v1/review-queue").then().statusCode(401);
        String fresh = linkToken(mobile);
        // a link that has expired sets nothing
        db.count("WITH x AS (UPDATE staff_password_link SET expires_at = now() - interval '1 second' "
                + "WHERE staff_id = $1::uuid RETURNING 1) SELECT count(*) FROM x", Tuple.of(id));
        badRequest().body(Map.of("token", fresh, "password", "a third long password")).post("/api/v1/auth/staff/password")
                .then().statusCode(400).body("errors[0].field", equalTo("token"));
        assertThat(loginStatus(username, "a third long password")).isEqualTo(401);

        for (String action : List.of("staff.disable", "staff.enable", "staff.reset")) {
            assertThat(audited(action, id)).as(action).isEqualTo(1);
        }
    }

    @Test
    void badStaffInputIsRefusedByNameAndStoresNothing() {
        String admin = adminToken();
        long organisation = createOrganisation(admin);
        long before = db.count("SELECT count(*) FROM staff_account", Tuple.tuple());

        Map<String, Object> body = staffBody(organisation, "0212345678");
        body.remove("displayName");
        body.put("provinceCode", "28");
        badRequest().header("Authorization", "Bearer " + admin).body(body).post("/api/v1/admin/staff").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("mobile", "displayName", "countyId"));

        Map<String, Object> unknown = staffBody(organisation + 100000, Citizens.freshMobile());
        bearer(admin).body(unknown).post("/api/v1/admin/staff").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId")).body("errors[0].code", equalTo("unknown"));
        Map<String, Object> nowhere = staffBody(organisation, Citizens.freshMobile());
        nowhere.put("countyId", 999999);
        bearer(admin).body(nowhere).post("/api/v1/admin/staff").then().statusCode(400)
                .body("errors[0].field", equalTo("countyId"));
        assertThat(db.count("SELECT count(*) FROM staff_account", Tuple.tuple())).isEqualTo(before);

        Map<String, Object> first = staffBody(organisation, Citizens.freshMobile());
        bearer(admin).body(first).post("/api/v1/admin/staff").then().statusCode(201);
        Map<String, Object> again = staffBody(organisation, Citizens.freshMobile());
        again.put("username", ((String) first.get("username")).toUpperCase());
        bearer(admin).body(again).post("/api/v1/admin/staff").then().statusCode(409)
                .body("errors[0].field", equalTo("username"));
        assertThat(db.count("SELECT count(*) FROM staff_account", Tuple.tuple())).isEqualTo(before + 1);
    }

    @Test
    void organisationsAreListedAndADuplicateCodeIs409() {
        String admin = adminToken();
        long id = createOrganisation(admin);
        String code = bearer(admin).get("/api/v1/admin/organisations/" + id).then().statusCode(200)
                .extract().path("code");
        assertThat(audited("organisation.create", String.valueOf(id))).isEqualTo(1);
        bearer(admin).body(Map.of("code", code, "kind", "NGO", "nameFa", "دوباره", "nameEn", "Again"))
                .post("/api/v1/admin/organisations").then().statusCode(409).body("errors[0].field", equalTo("code"));
        bearer(admin).queryParam("size", "200").get("/api/v1/admin/organisations").then().statusCode(200)
                .body("total", notNullValue());
        bearer(admin).get("/api/v1/admin/organisations/999999999").then().statusCode(404);
    }

    @Test
    void aPartnerAppsSecretIsShownOnceWorksAndStopsWorkingWhenRotated() {
        String admin = adminToken();
        long organisation = createOrganisation(admin);
        Map<String, Object> body = Map.of("organisationId", organisation, "name", "برنامهٔ آزمون", "scopes",
                List.of("needs:write"), "provinceCode", "22");
        var created = bearer(admin).body(body).post("/api/v1/admin/partner-apps").then().statusCode(201)
                .header("Cache-Control", "no-store").body("scopes", equalTo(List.of("needs:write")))
                .extract();
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        assertThat(audited("partner-app.create", clientId)).isEqualTo(1);
        assertThat(tokenStatus(clientId, secret)).isEqualTo(200);
        bearer(admin).queryParam("organisationId", organisation).get("/api/v1/admin/partner-apps").then()
                .statusCode(200).body("items.clientId", equalTo(List.of(clientId)))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("clientSecret")));

        String rotated = bearer(admin).post("/api/v1/admin/partner-apps/" + clientId + "/secret").then()
                .statusCode(200).header("Cache-Control", "no-store").extract().path("clientSecret");
        assertThat(rotated).isNotEqualTo(secret);
        assertThat(tokenStatus(clientId, secret)).isEqualTo(401);
        assertThat(tokenStatus(clientId, rotated)).isEqualTo(200);
        assertThat(audited("partner-app.rotate-secret", clientId)).isEqualTo(1);

        badRequest().header("Authorization", "Bearer " + admin).body(Map.of("organisationId", organisation,
                "name", "x", "scopes", List.of("everything"),
                "provinceCode", "22")).post("/api/v1/admin/partner-apps").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes[0]"));
        bearer(admin).post("/api/v1/admin/partner-apps/app-unknown/secret").then().statusCode(404);
    }

    private static int tokenStatus(String clientId, String secret) {
        // both are URL-safe: a client id is app-<uuid>, a secret base64url
        return api().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret)
                .post("/api/v1/auth/token").then().extract().statusCode();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8),
                    Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
