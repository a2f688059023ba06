package org.hamyar.web.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.hamyar.auth.StaffLogin;
import org.hamyar.auth.StaffPasswords;
import org.hamyar.auth.TokenRevocations;
import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.ProblemType;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebCookies;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.CookieSameSite;

/**
 * Staff log in with user name and password through the API's own log-in (lockouts included); the token lives in a
 * cookie sent to the console's addresses only, and logging out revokes it.
 */
@Path("/staff")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StaffLoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Page page, Form form, String notice);

        static native TemplateInstance password(Page page, Form form);
    }

    private final WebContext web;
    private final StaffLogin login;
    private final TokenRevocations revocations;
    private final ErrorPages errors;
    private final StaffPasswords passwords;

    StaffLoginPages(WebContext web, StaffLogin login, TokenRevocations revocations, ErrorPages errors,
            StaffPasswords passwords) {
        this.passwords = passwords;
        this.web = web;
        this.login = login;
        this.revocations = revocations;
        this.errors = errors;
    }

    @GET
    @Path("login")
    public TemplateInstance form(@RestQuery String notice) {
        String shown = "password_set".equals(notice) ? Texts.page(web.lang(), "staff_password_done") : null;
        return Templates.login(page(), Form.empty(), shown).setLocale(web.lang().locale());
    }

    /**
     * Where the set-password link of an SMS leads. The token is in the link's fragment, which never reaches a
     * server or a log: site.js copies it into the form; without JavaScript the holder pastes it.
     */
    @GET
    @Path("password")
    public TemplateInstance passwordForm() {
        return Templates.password(page("staff_password_title"), Form.empty()).setLocale(web.lang().locale());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> setPassword(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        return Uni.createFrom().deferred(() -> passwords.set(new StaffPasswords.Request(form.value("token").strip(),
                form.value("password"))))
                .map(x -> StaffSession.redirect("/staff/login?notice=password_set"))
                .onFailure(ApiException.class).recoverWithItem(e -> {
                    Form shown = Form.of(java.util.Map.of("token", form.value("token")));
                    refused(shown, (ApiException) e);
                    return Response.ok(Templates.password(page("staff_password_title"), shown)
                            .setLocale(web.lang().locale())).build();
                });
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logIn(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        return Uni.createFrom().deferred(() -> login.login(new StaffLogin.Request(form.value("username"),
                form.value("password")))).map(token -> {
                    web.setCookie(web.cookies().make(WebCookies.STAFF_SESSION, token.accessToken(), "/staff",
                            Duration.ofSeconds(token.expiresIn()), CookieSameSite.LAX));
                    return StaffSession.redirect("/staff");
                }).onFailure(ApiException.class).recoverWithItem(e -> {
                    Form shown = Form.of(java.util.Map.of("username", form.value("username")));
                    refused(shown, (ApiException) e);
                    return Response.ok(Templates.login(page(), shown, null).setLocale(web.lang().locale())).build();
                });
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logOut(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        return web.staff().flatMap(s -> {
            web.setCookie(web.cookies().expired(WebCookies.STAFF_SESSION, "/staff"));
            if (s.isEmpty()) {
                return Uni.createFrom().item(StaffSession.redirect("/staff/login"));
            }
            return revocations.revoke(s.get().token().getTokenID(), Instant.ofEpochSecond(s.get().token()
                    .getExpirationTime())).replaceWith(StaffSession.redirect("/staff/login"));
        });
    }

    /** The API's refusals in words: a lockout says how long it lasts, wrong credentials never say which. */
    private void refused(Form form, ApiException e) {
        Lang lang = web.lang();
        if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
            long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
            form.error("username", Texts.page(lang, "label_username"), Texts.page(lang, "staff_locked",
                    Jalali.number(minutes, lang)));
        } else if (e.type() == ProblemType.INVALID_CREDENTIALS) {
            form.error("password", Texts.page(lang, "label_password"), Texts.page(lang, "staff_wrong_credentials"));
        } else {
            for (FieldViolation v : e.violations()) {
                form.error(v.field(), Texts.page(lang, "label_" + v.field()), Texts.fieldError(lang, v.code()));
            }
            if (!form.hasErrors()) {
                throw e;
            }
        }
    }

    private Page page() {
        return page("staff_login_title");
    }

    private Page page(String titleKey) {
        Lang lang = web.lang();
        return new Page(lang, Texts.page(lang, titleKey), web.formToken(), web.path(), Page.Audience.PUBLIC);
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
