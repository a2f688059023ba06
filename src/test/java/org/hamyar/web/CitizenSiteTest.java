package org.hamyar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.support.Contract.bearer;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.hamyar.auth.TokenIssuer;
import org.hamyar.sms.SmsSink;
import org.hamyar.support.CentreBodies;
import org.hamyar.support.Citizens;
import org.hamyar.support.Database;
import org.hamyar.support.NationalIds;
import org.hamyar.support.Organisations;
import org.hamyar.support.Tokens;
import org.hamyar.support.Volunteers;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The citizen website in a real browser (Debian's Chromium): sign-up from the first step to the confirmation, log-in
 * by one-time code, answering an invitation, the export, erasure, cross-site protection, and every page scanned by
 * axe-core at a phone's width, in Persian and in English.
 */
@QuarkusTest
class CitizenSiteTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    Database database;
    @Inject
    SmsSink sms;
    @Inject
    TokenIssuer tokens;
    @Inject
    Organisations organisations;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aCitizenSignsUpWithPersianDigitsWithoutJavaScript() {
        String nationalId = NationalIds.fresh();
        String mobile = Citizens.freshMobile();
        try (BrowserContext browser = Browser.context("fa", 390, false)) {
            Page page = browser.newPage();
            page.navigate(url("/signup"));
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            page.getByLabel("کد ملی").fill(NationalIds.persian(nationalId));
            page.getByLabel("شمارهٔ تلفن همراه").fill(NationalIds.persian(mobile));
            page.getByLabel("نام", new Page.GetByLabelOptions().setExact(true)).fill("مريم");
            page.getByLabel("نام خانوادگی").fill("کاظمی");
            page.getByLabel("سال").fill("۱۳۶۷");
            page.getByLabel("ماه").selectOption("1");
            page.getByLabel("روز").fill("۱");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();

            assertThat(page.url()).endsWith("/signup/place");
            page.getByLabel("جست‌وجوی محله").fill("نازي آباد");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("جست‌وجو")).click();
            page.getByLabel("نازی‌آباد، منطقه ۱۶").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();

            assertThat(page.url()).endsWith("/signup/skills");
            page.locator("#skill-elderly-care").selectOption("4");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();

            assertThat(page.url()).endsWith("/signup/availability");
            page.locator("#from-SATURDAY").fill("۱۶:۰۰");
            page.locator("#to-SATURDAY").fill("۱۹:۰۰");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();

            assertThat(page.url()).endsWith("/signup/preferences");
            page.getByLabel("فارسی").check();
            page.getByLabel("تا چند کیلومتر از خانه حاضرید بروید؟").fill("۵");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();

            assertThat(page.url()).endsWith("/signup/consent");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("رضایت");
            page.locator("#consentDataProcessing").check();
            page.locator("#consentSms").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();

            assertThat(page.url()).endsWith("/signup/check");
            assertThat(page.locator(".summary").textContent()).contains("مريم کاظمی").contains("نازی‌آباد")
                    .contains("فروردین");
            assertThat(database.volunteersWithNationalId(nationalId)).as("nothing stored before the last step")
                    .isZero();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ثبت‌نام می‌کنم")).click();

            assertThat(page.url()).endsWith("/signup/done");
            String confirmation = page.locator(".panel").textContent();
            assertThat(confirmation).contains("*******" + nationalId.substring(7))
                    .contains("+989*****" + mobile.substring(7)).doesNotContain(nationalId)
                    .doesNotContain(mobile.substring(1));
        }
        assertThat(database.volunteersWithNationalId(nationalId)).isOne();
        assertThat(database.text("SELECT first_name FROM volunteer WHERE national_id_hmac = $1",
                Tuple.of(io.vertx.core.buffer.Buffer.buffer(hmac(nationalId))))).isEqualTo("مریم");
    }

    @Test
    void aWrongChecksumIsNamedOnThePageAndNothingIsStored() {
        String nationalId = NationalIds.fresh();
        String wrong = nationalId.substring(0, 9) + ((nationalId.charAt(9) - '0' + 1) % 10);
        try (BrowserContext browser = Browser.context("fa", 390, true)) {
            Page page = browser.newPage();
            page.navigate(url("/signup"));
            page.getByLabel("کد ملی").fill(wrong);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ادامه")).click();
            assertThat(page.url()).endsWith("/signup/identity");
            assertThat(page.locator(".error-summary a[href='#nationalId']").textContent()).contains("کد ملی");
            assertThat(page.locator("#nationalId").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#nationalId-error").textContent()).isNotBlank();
            assertThat((Boolean) page.evaluate("() => document.activeElement.classList.contains('error-summary')"))
                    .as("the error summary takes focus").isTrue();
            page.locator(".error-summary a[href='#nationalId']").click();
            assertThat((String) page.evaluate("() => document.activeElement.id")).isEqualTo("nationalId");
            assertThat(page.locator("#nationalId").inputValue()).isEqualTo(wrong);
        }
        assertThat(database.volunteersWithNationalId(nationalId)).isZero();
        assertThat(database.volunteersWithNationalId(wrong)).isZero();
    }

    @Test
    void aDoubleSubmitMakesOneVolunteer() throws Exception {
        String nationalId = NationalIds.fresh();
        try (BrowserContext browser = Browser.context("en", 1366, true)) {
            Page page = browser.newPage();
            fillSignup(page, nationalId, Citizens.freshMobile());
            assertThat(page.url()).endsWith("/signup/check");
            String token = page.locator("input[name=_csrf]").first().inputValue();
            String cookies = browser.cookies().stream().map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url("/signup/check")))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (var p : posts) {
                assertThat(p.get().statusCode()).isEqualTo(303);
                assertThat(p.get().headers().firstValue("Location").orElse("")).endsWith("/signup/done");
            }
        }
        assertThat(database.volunteersWithNationalId(nationalId)).isOne();
    }

    @Test
    void aCitizenLogsInWithTheCodeFromTheirTextAndSeesTheirPage() {
        String mobile = Citizens.freshMobile();
        Citizens.signUp(mobile, Organisations.KHAZANEH);
        try (BrowserContext browser = Browser.context("fa", 390, true)) {
            Page page = browser.newPage();
            page.navigate(url("/login"));
            page.getByLabel("شمارهٔ تلفن همراه").fill(NationalIds.persian(mobile));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("فرستادن کد")).click();
            assertThat(page.url()).endsWith("/login/code");
            assertThat(page.url()).doesNotContain(mobile.substring(1));
            String text = sms.lastTo(Citizens.e164(mobile)).orElseThrow().text();
            String code = text.replaceAll("\\D+", " ").trim().split(" ")[0];
            assertThat(page.locator("#code").getAttribute("autocomplete")).isEqualTo("one-time-code");
            page.locator("#code").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ورود").setExact(true)).last().click();
            assertThat(page.url()).endsWith("/me");
            assertThat(page.locator("#profile + .summary").textContent()).contains("+989*****" + mobile.substring(7));
            Cookie session = browser.cookies().stream().filter(c -> c.name.equals("hamyar_session")).findFirst()
                    .orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite.name()).isEqualTo("LAX");

            // Log-out ends the session: the same cookie no longer opens the page.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("خروج")).click();
            try (BrowserContext thief = Browser.context("fa", 390, true)) {
                thief.addCookies(List.of(new Cookie("hamyar_session", session.value).setUrl(url("/"))));
                Page stolen = thief.newPage();
                stolen.navigate(url("/me"));
                assertThat(stolen.url()).endsWith("/login");
            }
        }
    }

    @Test
    void anInvitationAcceptedWhenTheNeedIsFullPutsTheVolunteerOnTheWaitlist() {
        long org = organisations.organisation("WELFARE_OFFICE");
        String staff = Tokens.staff(org, "county:2801");
        String centre = bearer(staff).body(CentreBodies.valid(Organisations.NAZI_ABAD, 35.638, 51.399))
                .post("/api/v1/centres").then().statusCode(201).extract().path("id");
        Map<String, Object> need = CentreBodies.need(centre, "ELDERLY");
        need.put("title", "همراهی سالمندان در پارک");
        need.put("skills", List.of(Map.of("code", "fundraising", "minLevel", 1)));
        need.put("volunteersNeeded", 1);
        String needId = bearer(staff).body(need).post("/api/v1/needs").then().statusCode(201).extract().path("id");
        String first = Volunteers.signUp(Organisations.KHAZANEH, "donor-relations", 3, 10);
        String second = Volunteers.signUp(Organisations.KHAZANEH, "donor-relations", 3, 10);
        String firstMatch = invite(staff, needId, first);
        String secondMatch = invite(staff, needId, second);
        bearer(tokens.volunteer(UUID.fromString(first)).accessToken()).body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/matches/" + firstMatch + "/transitions").then().statusCode(200);

        try (BrowserContext browser = signedIn(second, "fa", 390)) {
            Page page = browser.newPage();
            page.navigate(url("/me"));
            assertThat(page.locator("#matches + .cards").textContent()).contains("همراهی سالمندان در پارک")
                    .contains("دعوت‌شده");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("می‌پذیرم همراهی سالمندان در پارک").setExact(true))
                    .click();
            assertThat(page.locator(".notice").textContent()).contains("فهرست انتظار");
            assertThat(page.locator("#matches + .cards").textContent()).contains("در فهرست انتظار")
                    .contains("نفر ۱ فهرست انتظار");
        }
        assertThat(database.text("SELECT status FROM match WHERE id = $1", Tuple.of(UUID.fromString(secondMatch))))
                .isEqualTo("WAITLISTED");
    }

    @Test
    void aCitizenDownloadsTheirDataAndThenErasesTheirAccount() throws Exception {
        String nationalId = NationalIds.fresh();
        Map<String, Object> body = org.hamyar.support.SignupBodies.valid(nationalId);
        String id = org.hamyar.support.Contract.api().body(body).post("/api/v1/volunteers").then().statusCode(201)
                .extract().path("id");
        try (BrowserContext browser = signedIn(id, "en", 390)) {
            Page page = browser.newPage();
            page.navigate(url("/me"));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator("#profile + .summary").textContent()).contains("1988-03-21");
            Download download = page.waitForDownload(() -> page.getByText("Download all my data").first().click());
            assertThat(download.suggestedFilename()).isEqualTo("hamyar-my-data.json");
            assertThat(Files.readString(download.path())).contains(nationalId);

            page.getByText("Delete my account").first().click();
            assertThat(page.url()).endsWith("/me/delete");
            assertThat(database.text("SELECT status FROM volunteer WHERE id = $1", Tuple.of(UUID.fromString(id))))
                    .as("the first click only asks").isNotEqualTo("ERASED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete my account")).click();
            assertThat(page.url()).endsWith("/goodbye");
            page.navigate(url("/me"));
            assertThat(page.url()).endsWith("/login");
        }
        assertThat(database.text("SELECT status FROM volunteer WHERE id = $1", Tuple.of(UUID.fromString(id))))
                .isEqualTo("ERASED");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String id = Citizens.signUp(Citizens.freshMobile(), Organisations.KHAZANEH);
        try (BrowserContext browser = signedIn(id, "fa", 390)) {
            Page page = browser.newPage();
            page.navigate(url("/me"));
            String token = page.locator("input[name=_csrf]").first().inputValue();
            var evil = page.request().post(url("/me/delete"), RequestOptions.create()
                    .setHeader("Origin", "https://evil.example").setHeader("Sec-Fetch-Site", "cross-site")
                    .setHeader("Content-Type", "application/x-www-form-urlencoded").setData("_csrf=" + token));
            assertThat(evil.status()).isEqualTo(403);
            assertThat(evil.text()).contains("فرم");
            var noToken = page.request().post(url("/me/delete"), RequestOptions.create()
                    .setHeader("Content-Type", "application/x-www-form-urlencoded").setData("x=1"));
            assertThat(noToken.status()).isEqualTo(403);
        }
        assertThat(database.text("SELECT status FROM volunteer WHERE id = $1", Tuple.of(UUID.fromString(id))))
                .isEqualTo("REGISTERED");
    }

    @Test
    void everyCitizenPageIsAccessibleFitsAPhoneAndSpeaksBothLanguages() {
        String id = Citizens.signUp(Citizens.freshMobile(), Organisations.KHAZANEH);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fa", "en")) {
            for (int width : List.of(390, 1366)) {
                try (BrowserContext browser = signedIn(id, lang, width)) {
                    Page page = browser.newPage();
                    page.onConsoleMessage(m -> {
                        if (m.text().contains("Content Security Policy")) {
                            problems.add(lang + " " + width + " " + page.url() + ": " + m.text());
                        }
                    });
                    fillSignup(page, NationalIds.fresh(), Citizens.freshMobile());
                    for (String path : List.of("/", "/?neighbourhood=280103", "/signup", "/signup/place?q=Nazi",
                            "/signup/skills", "/signup/availability", "/signup/preferences", "/signup/consent",
                            "/signup/check", "/login", "/privacy", "/me", "/me/edit", "/me/place", "/me/delete",
                            "/goodbye", "/no-such-page")) {
                        Map<String, String> headers = page.navigate(url(path)).headers();
                        assertThat(headers).as(path).containsEntry("cache-control", "no-store")
                                .containsEntry("x-content-type-options", "nosniff")
                                .containsEntry("x-frame-options", "DENY");
                        assertThat(headers.get("content-security-policy")).as(path)
                                .contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe");
                        assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(lang);
                        assertThat(page.locator("html").getAttribute("dir")).as(path)
                                .isEqualTo(lang.equals("fa") ? "rtl" : "ltr");
                        Browser.seriousViolations(page).forEach(v -> problems.add(lang + " " + width + " " + path
                                + ": " + v));
                        if (Browser.scrollsSideways(page)) {
                            problems.add(lang + " " + width + " " + path + ": scrolls sideways");
                        }
                        if (path.equals("/") || path.equals("/signup") || path.equals("/me") || path.equals(
                                "/signup/check")) {
                            Browser.screenshot(page, "citizen" + path.replaceAll("[^a-z]+", "-") + lang + "-" + width);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theNeighbourhoodSearchAnswersAsTheCitizenTypes() {
        try (BrowserContext browser = Browser.context("fa", 390, true)) {
            Page page = browser.newPage();
            page.navigate(url("/signup/place"));
            String before = page.url();
            page.locator("#q").pressSequentially("خزانه", new com.microsoft.playwright.Locator.PressSequentiallyOptions()
                    .setDelay(50));
            page.locator("#place-choices input[name=neighbourhoodId]").first().waitFor();
            assertThat(page.locator("#place-choices").textContent()).contains("خزانه");
            assertThat(page.url()).as("updated in place, no page load").isEqualTo(before);
        }
    }

    @Test
    void theFirstLoadOfTheSignUpPageIsLight() {
        try (BrowserContext browser = Browser.context("fa", 390, true)) {
            Page page = browser.newPage();
            List<Long> sizes = new ArrayList<>();
            page.onRequestFinished(r -> sizes.add((long) r.sizes().responseBodySize + r.sizes().responseHeadersSize));
            page.navigate(url("/signup"));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            long total = sizes.stream().mapToLong(Long::longValue).sum();
            System.out.printf("First load of /signup: %d requests, %d bytes%n", sizes.size(), total);
            assertThat(total).isLessThan(250_000);
        }
    }

    private String invite(String staff, String needId, String volunteerId) {
        String match = bearer(staff).body(Map.of("needId", needId, "volunteerId", volunteerId, "reason", "همسایه"))
                .post("/api/v1/matches").then().statusCode(201).extract().path("id");
        bearer(staff).body(Map.of("to", "APPROVED")).post("/api/v1/matches/" + match + "/transitions").then()
                .statusCode(200);
        bearer(staff).body(Map.of("to", "INVITED")).post("/api/v1/matches/" + match + "/transitions").then()
                .statusCode(200);
        return match;
    }

    /** A browser logged in as the volunteer: the session cookie the log-in pages set, with a token of theirs. */
    private BrowserContext signedIn(String volunteerId, String lang, int width) {
        BrowserContext browser = Browser.context(lang, width, true);
        browser.addCookies(List.of(new Cookie("hamyar_session", tokens.volunteer(UUID.fromString(volunteerId))
                .accessToken()).setUrl(url("/")).setHttpOnly(true)));
        return browser;
    }

    /** Walks the sign-up to "check your answers", in whichever language the browser speaks. */
    private void fillSignup(Page page, String nationalId, String mobile) {
        page.navigate(url("/signup"));
        page.locator("#nationalId").fill(nationalId);
        page.locator("#mobile").fill(mobile);
        page.locator("#firstName").fill("Sara");
        page.locator("#lastName").fill("Karimi");
        page.locator("#birthYear").fill("1370");
        page.locator("#birthMonth").selectOption("2");
        page.locator("#birthDay").fill("15");
        page.locator("form[method=post] button[type=submit]").click();
        page.navigate(url("/signup/place?q=" + "Nazi"));
        page.locator("input[name=neighbourhoodId]").first().check();
        page.locator("form[method=post] button[type=submit]").click();
        page.locator("#skill-teaching").selectOption("3");
        page.locator("form[method=post] button[type=submit]").click();
        page.locator("form[method=post] button[type=submit]").click();
        page.locator("#lang-fa").check();
        page.locator("#maxTravelKm").fill("10");
        page.locator("form[method=post] button[type=submit]").click();
        page.locator("#consentDataProcessing").check();
        page.locator("form[method=post] button[type=submit]").click();
    }

    private byte[] hmac(String nationalId) {
        return io.quarkus.arc.Arc.container().instance(org.hamyar.common.PersonalDataCrypto.class).get()
                .hmac(nationalId);
    }
}
