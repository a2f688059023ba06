package org.hamyar.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.hamyar.support.CentreBodies;
import org.hamyar.support.Citizens;
import org.hamyar.support.NationalIds;
import org.hamyar.support.Organisations;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics in Prometheus format: the HTTP, pool, JVM and domain series, and no personal data in any label. */
@QuarkusTest
class MetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? \\S+$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}");
    /** Six digits in a row: an id, a national ID or a mobile, in any form (no metric label needs so many). */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6,}");

    @Inject
    Organisations organisations;

    @Test
    void afterASignUpTheDomainSeriesAreScrapedAndNoLabelHoldsAnIdOrPersonalData() {
        String nationalId = NationalIds.fresh();
        String mobile = Citizens.freshMobile();
        Map<String, Object> body = SignupBodies.valid(nationalId);
        body.put("mobile", mobile);
        String volunteer = api().body(body).post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(body).post("/api/v1/volunteers").then().statusCode(409);
        api().header("X-Forwarded-For", Citizens.freshAddress()).body(Map.of("mobile", mobile))
                .post("/api/v1/auth/otp").then().statusCode(202);
        // Paths that hold ids and personal data: a resource's, one refused before any resource, one that is not.
        given().get("/api/v1/volunteers/" + volunteer).then().statusCode(401);
        given().urlEncodingEnabled(false).get("/api/v1/volunteers/" + nationalId + "%00").then().statusCode(400);
        given().get("/" + mobile + "/" + volunteer).then().statusCode(404);
        given().get("/webjars/" + nationalId).then().statusCode(greaterThanOrEqualTo(400));
        // A proposal by hand, so that there is a move from nothing to PROPOSED.
        long org = organisations.organisation("WELFARE_OFFICE");
        String staff = Tokens.staff(org, "county:2801");
        String centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        String need = bearer(staff).body(CentreBodies.need(centre, "ELDERLY")).post("/api/v1/needs").then()
                .statusCode(201).extract().path("id");
        String near = Volunteers.signUp(Organisations.NAZI_ABAD, "first-aid", 3, 10);
        bearer(staff).body(Map.of("needId", need, "volunteerId", near, "reason", "همسایه"))
                .post("/api/v1/matches").then().statusCode(201);

        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> samples = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();

        assertThat(value(samples, "hamyar_signups_total", "")).isGreaterThanOrEqualTo(2);
        assertThat(value(samples, "hamyar_signups_refused_total", "reason=\"duplicate-volunteer\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(samples, "hamyar_signups_refused_total", "reason=\"validation\"")).isNotNull();
        assertThat(value(samples, "hamyar_proposals_total", "origin=\"MANUAL\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(samples, "hamyar_proposals_total", "origin=\"AUTOMATIC\"")).isNotNull();
        assertThat(value(samples, "hamyar_match_transitions_total", "from=\"NONE\",to=\"PROPOSED\""))
                .isGreaterThanOrEqualTo(1);
        for (String channel : List.of("SMS", "WEBHOOK")) {
            String label = "channel=\"" + channel + "\"";
            assertThat(value(samples, "hamyar_outbox_backlog", label)).isNotNull();
            assertThat(value(samples, "hamyar_outbox_oldest_age_seconds", label)).isNotNull();
            assertThat(value(samples, "hamyar_outbox_set_aside", label)).isNotNull();
            assertThat(value(samples, "hamyar_outbox_delivery_failures_total", label)).isNotNull();
        }
        assertThat(value(samples, "hamyar_sms_failures_total", "purpose=\"otp\"")).isNotNull();
        assertThat(value(samples, "hamyar_otp_sent_total", "")).isGreaterThanOrEqualTo(1);
        assertThat(value(samples, "hamyar_otp_refused_total", "reason=\"rate-limited\"")).isNotNull();
        assertThat(value(samples, "hamyar_proposal_requests_pending", "")).isNotNull();
        assertThat(value(samples, "hamyar_proposal_requests_set_aside", "")).isNotNull();
        // HTTP timings by route template, the JVM, and the database pools.
        assertThat(samples).anyMatch(s -> s.startsWith("http_server_requests_seconds_count{")
                && s.contains("uri=\"/api/v1/volunteers/{id}\""));
        assertThat(samples).anyMatch(s -> s.startsWith("http_server_requests_seconds_count{")
                && s.contains("uri=\"/api/v1/volunteers\"") && s.contains("method=\"POST\""));
        assertThat(samples).anyMatch(s -> s.startsWith("http_server_requests_seconds_bucket{")
                && s.contains("uri=\"/api/v1/volunteers\"") && s.contains("le=\"0.1\""));
        assertThat(samples).anyMatch(s -> s.startsWith("jvm_memory_used_bytes{"));
        assertThat(samples).anyMatch(s -> s.startsWith("sql_pool_active"));
        assertThat(samples).anyMatch(s -> s.startsWith("agroal_active_count"));

        List<String> values = new ArrayList<>();
        for (String s : samples) {
            Matcher m = SAMPLE.matcher(s);
            assertThat(m.matches()).as("a Prometheus sample: %s", s).isTrue();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    values.add(l.group(2));
                }
            }
        }
        assertThat(values).isNotEmpty().allSatisfy(v -> {
            assertThat(v).doesNotContain(volunteer, near, need, centre, nationalId, mobile, mobile.substring(1));
            assertThat(UUID_LIKE.matcher(v).find()).as("uuid in label %s", v).isFalse();
            assertThat(DIGIT_RUN.matcher(v).find()).as("digits in label %s", v).isFalse();
        });
    }

    /** The value of {@code name} with exactly {@code labels} (in Prometheus's order); null if there is none. */
    private static Double value(List<String> samples, String name, String labels) {
        String prefix = labels.isEmpty() ? name + " " : name + "{";
        for (String s : samples) {
            if (s.startsWith(prefix) && (labels.isEmpty() || s.substring(prefix.length()).startsWith(labels + "}")
                    || s.substring(prefix.length()).startsWith(labels + ","))) {
                return Double.parseDouble(s.substring(s.lastIndexOf(' ') + 1));
            }
        }
        return null;
    }
}
