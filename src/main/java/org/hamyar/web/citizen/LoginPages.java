package org.hamyar.web.citizen;

import java.net.URI;
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

import org.hamyar.auth.OtpRequests;
import org.hamyar.auth.OtpService;
import org.hamyar.auth.TokenRevocations;
import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.InvalidValueException;
import org.hamyar.common.ProblemType;
import org.hamyar.volunteer.MobileNumber;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.SealedCookies;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebCookies;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.CookieSameSite;

/**
 * A citizen logs in with their mobile and the one-time code sent to it, through the same service as the API. The
 * mobile waits between the two steps sealed in a cookie, never in the address; the session is the volunteer token
 * in an HttpOnly cookie, and logging out revokes it.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    private static final String MOBILE_COOKIE = "hamyar_login";
    private static final String MOBILE_PURPOSE = "login-mobile";
    private static final Duration MOBILE_LIFETIME = Duration.ofMinutes(10);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mobile(Page page, Form form);

        static native TemplateInstance code(Page page, Form form, String mobileMasked);
    }

    /** The mobile between the two steps. */
    record PendingLogin(String mobile) {
    }

    private final WebContext web;
    private final SealedCookies sealed;
    private final OtpService otp;
    private final TokenRevocations revocations;

    private final ErrorPages errors;

    LoginPages(WebContext web, SealedCookies sealed, OtpService otp, TokenRevocations revocations, ErrorPages errors) {
        this.errors = errors;
        this.web = web;
        this.sealed = sealed;
        this.otp = otp;
        this.revocations = revocations;
    }

    @GET
    @Path("login")
    public TemplateInstance mobileForm() {
        return Templates.mobile(page("login_title"), Form.empty()).setLocale(web.lang().locale());
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> sendCode(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        String mobile = form.value("mobile");
        return Uni.createFrom().deferred(() -> otp.send(new OtpRequests.Send(mobile), web.clientAddress())).map(sent -> {
            web.setCookie(web.cookies().make(MOBILE_COOKIE, sealed.seal(MOBILE_PURPOSE, new PendingLogin(mobile)),
                    "/login", MOBILE_LIFETIME, CookieSameSite.STRICT));
            return redirect("/login/code");
        }).onFailure(ApiException.class).recoverWithItem(e -> Response.ok(Templates.mobile(page("login_title"),
                refused(form, (ApiException) e, "mobile")).setLocale(web.lang().locale())).build());
    }

    @GET
    @Path("login/code")
    public Response codeForm() {
        return pending().map(p -> Response.ok(Templates.code(page("login_code_title"), Form.empty(), masked(p))
                .setLocale(web.lang().locale())).build()).orElseGet(() -> redirect("/login"));
    }

    @POST
    @Path("login/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> verify(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        var pending = pending();
        if (pending.isEmpty()) {
            return Uni.createFrom().item(redirect("/login"));
        }
        Form form = Form.posted(posted);
        return Uni.createFrom().deferred(() -> otp.verify(new OtpRequests.Verify(pending.get().mobile(),
                form.value("code")))).map(token -> {
                    web.setCookie(web.cookies().make(WebCookies.SESSION, token.accessToken(), "/",
                            Duration.ofSeconds(token.expiresIn()), CookieSameSite.LAX));
                    web.setCookie(web.cookies().expired(MOBILE_COOKIE, "/login"));
                    return redirect("/me");
                }).onFailure(ApiException.class).recoverWithItem(e -> Response.ok(Templates.code(page("login_code_title"),
                        refused(form, (ApiException) e, "code"), masked(pending.get())).setLocale(web.lang().locale()))
                        .build());
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        return web.citizen().flatMap(session -> {
            web.setCookie(web.cookies().expired(WebCookies.SESSION, "/"));
            if (session.isEmpty()) {
                return Uni.createFrom().item(redirect("/"));
            }
            var token = session.get().token();
            return revocations.revoke(token.getTokenID(), Instant.ofEpochSecond(token.getExpirationTime()))
                    .replaceWith(redirect("/?loggedOut=1"));
        });
    }

    /** A refusal of the log-in service, shown on the field it concerns. */
    private Form refused(Form form, ApiException e, String field) {
        Lang lang = web.lang();
        String label = Texts.page(lang, "label_" + field);
        if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
            long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
            return form.error(field, label, Texts.page(lang, "login_too_many").replace("{n}",
                    Jalali.number(minutes, lang)));
        }
        if (e.type() == ProblemType.INVALID_CODE) {
            return form.error(field, label, Texts.page(lang, "login_wrong_code"));
        }
        for (FieldViolation v : e.violations()) {
            form.error(v.field(), Texts.page(lang, "label_" + v.field()), Texts.fieldError(lang, v.code()));
        }
        if (!form.hasErrors()) {
            throw e;
        }
        return form;
    }

    private java.util.Optional<PendingLogin> pending() {
        return sealed.open(MOBILE_PURPOSE, web.cookie(MOBILE_COOKIE), PendingLogin.class);
    }

    private static String masked(PendingLogin p) {
        try {
            return MobileNumber.parse(p.mobile()).masked();
        } catch (InvalidValueException e) {
            return "";
        }
    }

    private Page page(String titleKey) {
        Lang lang = web.lang();
        return new Page(lang, Texts.page(lang, titleKey), web.formToken(), web.path(), Page.Audience.PUBLIC);
    }

    private static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).build();
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
