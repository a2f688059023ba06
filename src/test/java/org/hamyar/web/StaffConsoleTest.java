package org.hamyar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.bearer;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.auth.TokenIssuer;
import org.hamyar.support.CentreBodies;
import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.Organisations;
import org.hamyar.support.SignupBodies;
import org.hamyar.support.Tokens;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The staff console in a real browser: log-in, the review queue with bulk decisions, a need's matches, moves and
 * histories, the justified look at a volunteer, the dashboard and the campaign page with their charts and totals,
 * the CSV, another region's staff seeing none of it, and every console page scanned by axe-core.
 */
@QuarkusTest
class StaffConsoleTest {

    private static final String PASSWORD = "Console-test-1405";

    @TestHTTPResource("/")
    URL base;
    @Inject
    Organisations organisations;
    @Inject
    Database database;
    @Inject
    TokenIssuer tokens;
    @Inject
    org.hamyar.auth.StaffPasswords passwords;
    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    /** Playwright's assertions wait for the page to get there, unlike a count read once. */
    private static com.microsoft.playwright.assertions.LocatorAssertions expect(
            com.microsoft.playwright.Locator locator) {
        return com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(locator);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** An organisation with a staff account in Tehran county, a centre in Nazi Abad, a need and three proposals. */
    private record Setup(long org, String username, String token, String needId, String needTitle,
            List<String> volunteers, List<String> nationalIds) {
    }

    private Setup setup() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String username = organisations.staff(org, "county:2801", PASSWORD);
        String token = Tokens.staff(org, "county:2801");
        String centre = bearer(token).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        String title = "کلاس خیاطی " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> need = CentreBodies.need(centre, "WOMEN_HEADED_HOUSEHOLDS");
        need.put("title", title);
        need.put("skills", List.of(Map.of("code", "fundraising", "minLevel", 1)));
        need.put("volunteersNeeded", 2);
        String needId = bearer(token).body(need).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        List<String> volunteers = new ArrayList<>();
        List<String> nationalIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String nationalId = NationalIds.fresh();
            Map<String, Object> body = SignupBodies.valid(nationalId);
            body.put("skills", List.of(Map.of("code", "donor-relations", "level", 3)));
            body.put("maxTravelKm", 10);
            String id = api().body(body).post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
            bearer(token).body(Map.of("needId", needId, "volunteerId", id, "reason", "همسایهٔ مرکز"))
                    .post("/api/v1/matches").then().statusCode(201);
            volunteers.add(id);
            nationalIds.add(nationalId);
        }
        return new Setup(org, username, token, needId, title, volunteers, nationalIds);
    }

    private BrowserContext loggedIn(Setup s, String lang, int width) {
        BrowserContext browser = Browser.context(lang, width, true);
        Page page = browser.newPage();
        page.navigate(url("/staff/login"));
        page.locator("#username").fill(s.username());
        page.locator("#password").fill(PASSWORD);
        page.locator("form[method=post] button[type=submit]").last().click();
        assertThat(page.url()).endsWith("/staff");
        page.close();
        return browser;
    }

    @Test
    void staffApproveTwoAtOnceRejectOneWithAReasonInviteAndSeeTheHistory() {
        Setup s = setup();
        try (BrowserContext browser = loggedIn(s, "fa", 1366)) {
            Page page = browser.newPage();
            page.navigate(url("/staff?need=" + s.needId()));
            expect(page.locator(".cards.queue > li")).hasCount(3);
            expect(page.locator(".cards.queue > li").first().locator("meter")).hasCount(5);
            assertThat(page.locator("button[name=decision][value=APPROVED]").count()).isEqualTo(1);
            page.locator("input[name=matchIds]").nth(0).check();
            page.locator("input[name=matchIds]").nth(1).check();
            page.locator("button[value=APPROVED]").click();
            expect(page.locator(".outcomes li.applied")).hasCount(2);
            assertThat(page.locator(".outcomes").textContent()).contains(s.needTitle()).contains("انجام شد");
            expect(page.locator(".cards.queue > li")).hasCount(1);

            page.locator("input[name=matchIds]").first().check();
            page.locator("button[value=REJECTED]").click();
            assertThat(page.locator(".error-summary").textContent()).contains("دلیل رد");
            page.locator("input[name=matchIds]").first().check();
            page.locator("#reason").fill("در این ساعت‌ها کلاس دیگری دارد");
            page.locator("button[value=REJECTED]").click();
            expect(page.locator(".outcomes li.applied")).hasCount(1);
            expect(page.locator(".queue")).hasCount(0);

            page.navigate(url("/staff/needs/" + s.needId()));
            assertThat(page.locator("#state-APPROVED").textContent()).contains("(۲)");
            page.locator("#state-APPROVED + ul form.move:has(input[value=INVITED]) button").first().click();
            assertThat(page.locator(".notice").textContent()).contains("تغییر کرد");
            expect(page.locator("#state-INVITED")).isVisible();
            page.locator("section:has(#state-INVITED) details summary").first().click();
            assertThat(page.locator("section:has(#state-INVITED) .history").textContent())
                    .contains("پیشنهادشده → تأییدشده").contains("تأییدشده → دعوت‌شده").contains("کارشناس آزمون");
            assertThat(page.locator("section:has(#state-REJECTED)").textContent()).contains("ردشده");
        }
        assertThat(database.count("SELECT count(*) FROM match WHERE need_id = $1 AND status = 'INVITED'",
                Tuple.of(UUID.fromString(s.needId())))).isOne();
        assertThat(database.text("SELECT reason FROM match_transition t JOIN match m ON m.id = t.match_id "
                + "WHERE m.need_id = $1 AND t.to_status = 'REJECTED'", Tuple.of(UUID.fromString(s.needId()))))
                .isEqualTo("در این ساعت‌ها کلاس دیگری دارد");
    }

    @Test
    void staffOfAnotherRegionSeeNoneOfItAndAreRefusedByAddress() throws Exception {
        Setup s = setup();
        long other = organisations.organisation("WELFARE_OFFICE");
        Setup sari = new Setup(other, organisations.staff(other, "county:2001", PASSWORD), null, null, null, null,
                null);
        try (BrowserContext browser = loggedIn(sari, "en", 1366)) {
            Page page = browser.newPage();
            page.navigate(url("/staff"));
            assertThat(page.content()).doesNotContain(s.needTitle());
            var need = page.navigate(url("/staff/needs/" + s.needId()));
            assertThat(need.status()).isIn(403, 404);
            assertThat(page.content()).doesNotContain(s.needTitle());
            page.navigate(url("/staff/volunteers/" + s.volunteers().get(0)));
            page.locator("#reason").fill("curiosity");
            page.locator("form[method=post] button[type=submit]").last().click();
            assertThat(page.locator("h1").textContent()).isEqualTo("This page cannot be shown");
            page.navigate(url("/staff/dashboard"));
            Download csv = page.waitForDownload(() -> page.locator("a[href='/staff/dashboard/matches.csv']").click());
            assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).doesNotContain(s.needTitle());
        }
        assertThat(database.count("SELECT count(*) FROM audit_entry WHERE subject_volunteer_id = $1 AND reason = "
                + "'curiosity'", Tuple.of(UUID.fromString(s.volunteers().get(0))))).isZero();
    }

    @Test
    void aLookAtAVolunteerAsksForTheReasonAndTheVolunteerSeesIt() {
        Setup s = setup();
        String volunteer = s.volunteers().get(1);
        try (BrowserContext browser = loggedIn(s, "fa", 768)) {
            Page page = browser.newPage();
            page.navigate(url("/staff/volunteers/" + volunteer));
            assertThat(page.locator(".notice").textContent()).contains("ثبت می‌شود");
            page.locator("form[method=post] button[type=submit]").last().click();
            assertThat(page.locator("#reason").getAttribute("aria-invalid")).isEqualTo("true");
            page.locator("#reason").fill("پیگیری کلاس خیاطی");
            page.locator("form[method=post] button[type=submit]").last().click();
            assertThat(page.locator(".summary").textContent()).contains("*******").contains("+989*****")
                    .doesNotContain(s.nationalIds().get(1));
            assertThat(page.url()).doesNotContain("پیگیری").doesNotContain("%D9");
        }
        try (BrowserContext citizen = Browser.context("fa", 390, true)) {
            citizen.addCookies(List.of(new Cookie("hamyar_session", tokens.volunteer(UUID.fromString(volunteer))
                    .accessToken()).setUrl(url("/"))));
            Page me = citizen.newPage();
            me.navigate(url("/me"));
            assertThat(me.locator("#access ~ .table-wrap").textContent()).contains("پیگیری کلاس خیاطی")
                    .contains("کارشناس آزمون");
        }
    }

    @Test
    void theDashboardAndTheCampaignPageDrawChartsWithTheRightTotals() throws Exception {
        Setup s = setup();
        long residents = database.count("""
                SELECT count(*) FROM volunteer v JOIN neighbourhood n ON n.id = v.neighbourhood_id
                WHERE n.county_id = 2801""", Tuple.tuple());
        try (BrowserContext browser = loggedIn(s, "en", 1366)) {
            Page page = browser.newPage();
            page.navigate(url("/staff/dashboard"));
            page.waitForFunction("() => document.querySelectorAll('canvas[data-drawn]').length === 4");
            assertThat(page.locator(".figures div").first().locator("dd").textContent().replace(",", ""))
                    .isEqualTo(String.valueOf(residents));
            assertThat(page.locator("#matches-by-state-title + .chart + .table-wrap").textContent())
                    .contains("Proposed").doesNotContain("Rejected");
            Download csv = page.waitForDownload(() -> page.locator("a[href='/staff/dashboard/matches.csv']").click());
            byte[] bytes = Files.readAllBytes(csv.path());
            assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFFmatch_id,need_id,need_title");
            assertThat(text).contains(s.needTitle());
            assertThat(text.lines().filter(l -> l.contains(s.needId()))).hasSize(3);
            for (String nationalId : s.nationalIds()) {
                assertThat(text).doesNotContain(nationalId);
            }
            assertThat(text).doesNotContain("09123456789").doesNotContain("+98912");

            long total = api().get("/api/v1/campaigns/1/stats").then().statusCode(200).extract().jsonPath()
                    .getLong("total");
            page.navigate(url("/campaigns/salam-mahalleh"));
            page.waitForFunction("() => document.querySelectorAll('canvas[data-drawn]').length === 3");
            assertThat(Long.parseLong(page.locator(".figure").textContent().replace(",", ""))).isEqualTo(total);
            long byProvince = page.locator("#by-province-title ~ .table-wrap td").allTextContents().stream()
                    .mapToLong(t -> Long.parseLong(t.replace(",", ""))).sum();
            assertThat(byProvince).isEqualTo(total);
        }
    }

    @Test
    void aLockedUserNameIsToldHowLongItWaits() {
        long org = organisations.organisation("NGO");
        String username = organisations.staff(org, "county:2801", PASSWORD);
        try (BrowserContext browser = Browser.context("en", 1366, true)) {
            Page page = browser.newPage();
            page.navigate(url("/staff/login"));
            for (int i = 0; i < 6; i++) {
                page.locator("#username").fill(username);
                page.locator("#password").fill("wrong-" + i);
                page.locator("form[method=post] button[type=submit]").last().click();
            }
            assertThat(page.locator(".error-summary").textContent()).contains("locked for 15 minutes");
            assertThat(page.locator("#password").inputValue()).isEmpty();
        }
    }

    @Test
    void aCentreIsPlacedOnTheMapOfTheRegionAndSaved() {
        Setup s = setup();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "خانهٔ محلهٔ نقشه " + tag;
        double lat;
        double lon;
        try (BrowserContext browser = loggedIn(s, "fa", 1366)) {
            Page page = browser.newPage();
            page.navigate(url("/staff/centres/new"));
            var naziAbad = page.locator("#centre-map .map-place[data-id='" + Organisations.NAZI_ABAD + "']");
            assertThat(page.locator("#centre-map .map-place[data-id='" + Organisations.SARI + "']").count())
                    .as("Sari is outside a Tehran county staff member's region").isZero();
            naziAbad.click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
            assertThat(page.locator("#neighbourhoodId").inputValue()).isEqualTo(String.valueOf(Organisations.NAZI_ABAD));
            String pointLat = page.locator("#lat").inputValue();
            assertThat(pointLat).isEqualTo(naziAbad.getAttribute("data-lat"));
            expect(page.locator("#centre-map-marker")).not().hasClass(java.util.regex.Pattern.compile("hidden"));

            // a click a little way off the point places the centre there, not on the neighbourhood's point
            double[] empty = emptyGroundNorthEastOf(page, naziAbad.boundingBox());
            page.mouse().click(empty[0], empty[1]);
            assertThat(page.locator("#neighbourhoodId").inputValue())
                    .as("a click beside the points keeps the chosen neighbourhood")
                    .isEqualTo(String.valueOf(Organisations.NAZI_ABAD));
            lat = Double.parseDouble(page.locator("#lat").inputValue());
            lon = Double.parseDouble(page.locator("#lon").inputValue());
            assertThat(lat).isGreaterThan(Double.parseDouble(pointLat));
            assertThat(lon).isGreaterThan(Double.parseDouble(naziAbad.getAttribute("data-lon")));

            Browser.screenshot(page, "staff-centre-map-fa-1366");
            page.locator("#nameFa").fill(name);
            page.locator("#address").fill("خیابان نازی‌آباد، پلاک ۳");
            page.locator("#capacity").fill("۲۰");
            page.locator("#availability input").nth(0).fill("09:00");
            page.locator("#availability input").nth(1).fill("12:00");
            page.locator("#phone").fill("021-5500 1234");
            page.locator("form[method=post] button[type=submit]").last().click();
            page.waitForURL("**/staff/centres?notice=centre_saved");
        }
        List<Map<String, Object>> there = api().get("/api/v1/centres?neighbourhood=" + Organisations.NAZI_ABAD
                + "&size=200").then().statusCode(200).extract().path("items");
        Map<String, Object> placed = there.stream().filter(c -> String.valueOf(c.get("nameFa")).endsWith(tag)).findFirst()
                .orElseThrow();
        assertThat(((Number) placed.get("lat")).doubleValue()).isCloseTo(lat, within(1e-5));
        assertThat(((Number) placed.get("lon")).doubleValue()).isCloseTo(lon, within(1e-5));
    }

    @Test
    void theSetPasswordLinkOfAnSmsLeadsToAPageThatSetsThePassword() {
        long org = organisations.organisation("NGO");
        String username = organisations.staff(org, "county:2801", "an-old-password-never-used");
        UUID id = UUID.fromString(database.text("SELECT id::text FROM staff_account WHERE username = $1",
                Tuple.of(username)));
        String token = pool.withTransaction(tx -> passwords.issue(tx, id)).await().atMost(java.time.Duration
                .ofSeconds(10));
        String chosen = "a new password of my own";
        try (BrowserContext browser = Browser.context("fa", 390, true)) {
            Page page = browser.newPage();
            page.navigate(url("/staff/password#token=" + token));
            assertThat(page.locator("#token").inputValue()).as("the link's code is put in the form").isEqualTo(token);
            assertThat(page.url()).as("and taken out of the address bar").doesNotContain(token);
            assertThat(Browser.seriousViolations(page)).isEmpty();
            assertThat(Browser.scrollsSideways(page)).isFalse();
            Browser.screenshot(page, "staff-password-fa-390");
            page.locator("#password").fill(chosen);
            page.locator("form[method=post] button[type=submit]").last().click();
            page.waitForURL("**/staff/login?notice=password_set");
            assertThat(page.locator(".notice").textContent()).isNotBlank();

            // the link works once
            page.navigate(url("/staff/password#token=" + token));
            page.locator("#password").fill("yet another password here");
            page.locator("form[method=post] button[type=submit]").last().click();
            assertThat(page.locator("#token").getAttribute("aria-invalid")).isEqualTo("true");

            page.navigate(url("/staff/login"));
            page.locator("#username").fill(username);
            page.locator("#password").fill(chosen);
            page.locator("form[method=post] button[type=submit]").last().click();
            assertThat(page.url()).endsWith("/staff");
        }
    }

    /** A point of bare ground up and to the right of a map point (neighbouring points lie close together). */
    private static double[] emptyGroundNorthEastOf(Page page, com.microsoft.playwright.options.BoundingBox box) {
        for (int step = 10; step < 200; step += 4) {
            double x = box.x + box.width / 2 + step;
            double y = box.y + box.height / 2 - step;
            Object bare = page.evaluate("([x, y]) => { const e = document.elementFromPoint(x, y);"
                    + " return !!e && e.classList.contains('map-ground'); }", List.of(x, y));
            if (Boolean.TRUE.equals(bare)) {
                return new double[] { x, y };
            }
        }
        throw new AssertionError("no bare ground beside the point on the map");
    }

    @Test
    void everyConsolePageIsAccessibleAtDesktopAndTabletWidthsInBothLanguages() {
        Setup s = setup();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fa", "en")) {
            for (int width : List.of(1366, 768)) {
                try (BrowserContext browser = loggedIn(s, lang, width)) {
                    Page page = browser.newPage();
                    page.onConsoleMessage(m -> {
                        if (m.text().contains("Content Security Policy")) {
                            problems.add(lang + " " + width + " " + page.url() + ": " + m.text());
                        }
                    });
                    for (String path : List.of("/staff", "/staff/needs", "/staff/needs/new",
                            "/staff/needs/" + s.needId(), "/staff/needs/" + s.needId() + "/edit", "/staff/centres",
                            "/staff/centres/new", "/staff/volunteers/" + s.volunteers().get(0), "/staff/dashboard",
                            "/campaigns/salam-mahalleh", "/staff/login")) {
                        page.navigate(url(path));
                        assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(lang);
                        Browser.seriousViolations(page).forEach(v -> problems.add(lang + " " + width + " " + path
                                + ": " + v));
                        if (Browser.scrollsSideways(page)) {
                            problems.add(lang + " " + width + " " + path + ": scrolls sideways");
                        }
                        if (width == 1366 || path.equals("/staff")) {
                            Browser.screenshot(page, "staff" + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id")
                                    .replaceAll("[^a-z]+", "-") + lang + "-" + width);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
