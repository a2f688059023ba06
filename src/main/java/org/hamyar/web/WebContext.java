package org.hamyar.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamyar.auth.StaffTokenCheck;
import org.hamyar.auth.TokenRevocations;
import org.hamyar.common.ClientAddresses;
import org.hamyar.common.Messages;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.security.Caller;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * One page request as the pages see it: its language, its cross-site form token, who is logged in (from the
 * session cookie, verified like a bearer token and checked against log-outs), and the cookies to set on the answer.
 */
@RequestScoped
public class WebContext {

    public static final String FORM_FIELD = "_csrf";
    private static final Duration YEAR = Duration.ofDays(365);

    private final HttpServerRequest request;
    private final WebCookies cookies;
    private final JWTParser jwt;
    private final TokenRevocations revocations;
    private final StaffTokenCheck staffTokens;
    private final PersonalDataCrypto crypto;
    private final ClientAddresses addresses;
    private final List<Cookie> toSet = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private Lang lang;
    private String formSecret;

    WebContext(HttpServerRequest request, WebCookies cookies, JWTParser jwt, TokenRevocations revocations,
            StaffTokenCheck staffTokens, PersonalDataCrypto crypto, ClientAddresses addresses) {
        this.staffTokens = staffTokens;
        this.request = request;
        this.addresses = addresses;
        this.cookies = cookies;
        this.jwt = jwt;
        this.revocations = revocations;
        this.crypto = crypto;
    }

    /** {@code ?lang=} (remembered in a cookie), else the remembered choice, else Accept-Language; Persian by default. */
    public Lang lang() {
        if (lang == null) {
            Lang asked = Lang.parse(request.getParam("lang"));
            if (asked != null) {
                toSet.add(cookies.make(WebCookies.LANG, asked.code(), "/", YEAR, CookieSameSite.LAX));
                lang = asked;
            } else {
                Cookie remembered = request.getCookie(WebCookies.LANG);
                Lang chosen = remembered == null ? null : Lang.parse(remembered.getValue());
                lang = chosen != null ? chosen
                        : Messages.locale(request.getHeader("Accept-Language")).getLanguage().equals("en") ? Lang.EN
                                : Lang.FA;
            }
        }
        return lang;
    }

    public String path() {
        return request.path();
    }

    /** The token every form carries: a keyed hash of this browser's random form cookie (made on first use). */
    public String formToken() {
        return token(formSecret());
    }

    /**
     * Refuses a state-changing form that did not come from a page of this site: the browser says it is cross-site
     * ({@code Sec-Fetch-Site}, {@code Origin}), or the form lacks this browser's token.
     */
    public void checkSameSite(MultivaluedMap<String, String> form) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw PageException.crossSite();
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(ownOrigin())) {
            throw PageException.crossSite();
        }
        if (!formTokenMatches(form)) {
            throw PageException.crossSite();
        }
    }

    /** This site as the browser names it in {@code Origin}: a default port is left out. */
    private String ownOrigin() {
        HostAndPort authority = request.authority();
        boolean defaultPort = authority.port() < 0 || authority.port() == 80 && "http".equals(request.scheme())
                || authority.port() == 443 && "https".equals(request.scheme());
        return request.scheme() + "://" + authority.host() + (defaultPort ? "" : ":" + authority.port());
    }

    private boolean formTokenMatches(MultivaluedMap<String, String> form) {
        Cookie cookie = request.getCookie(WebCookies.FORM_TOKEN);
        String sent = form == null ? null : form.getFirst(FORM_FIELD);
        return cookie != null && sent != null && MessageDigest.isEqual(token(cookie.getValue()).getBytes(
                StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The logged-in citizen, if the session cookie holds a valid, unrevoked volunteer token. */
    public Uni<Optional<Session>> citizen() {
        return session(WebCookies.SESSION, "volunteer");
    }

    /** The logged-in staff member, from the console's own cookie. */
    public Uni<Optional<Session>> staff() {
        return session(WebCookies.STAFF_SESSION, "staff");
    }

    /** A verified token and the caller it stands for. */
    public record Session(Caller caller, JsonWebToken token) {
    }

    /** The value of a cookie of the request, or null. */
    public String cookie(String name) {
        Cookie c = request.getCookie(name);
        return c == null ? null : c.getValue();
    }

    public WebCookies cookies() {
        return cookies;
    }

    public void setCookie(Cookie cookie) {
        toSet.add(cookie);
    }

    List<Cookie> cookiesToSet() {
        return toSet;
    }

    public String clientAddress() {
        return addresses.of(request);
    }

    private Uni<Optional<Session>> session(String cookieName, String group) {
        Cookie cookie = request.getCookie(cookieName);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        JsonWebToken token;
        try {
            token = jwt.parse(cookie.getValue());
        } catch (ParseException e) {
            return Uni.createFrom().item(Optional.empty());
        }
        if (token.getGroups() == null || !token.getGroups().contains(group) || token.getTokenID() == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        // a console session of a disabled or reset staff account ends with it, as its API token does
        Uni<Boolean> ended = "staff".equals(group) ? staffTokens.ended(token) : Uni.createFrom().item(false);
        return revocations.revoked(token.getTokenID()).flatMap(revoked -> revoked ? Uni.createFrom().item(true) : ended)
                .map(gone -> gone ? Optional.empty() : Optional.of(new Session(Caller.of(token), token)));
    }

    private String formSecret() {
        if (formSecret == null) {
            Cookie cookie = request.getCookie(WebCookies.FORM_TOKEN);
            if (cookie != null && !cookie.getValue().isBlank()) {
                formSecret = cookie.getValue();
            } else {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                formSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                toSet.add(cookies.make(WebCookies.FORM_TOKEN, formSecret, "/", YEAR, CookieSameSite.LAX));
            }
        }
        return formSecret;
    }

    private String token(String secret) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(crypto.hmac("form-token:" + secret));
    }
}
