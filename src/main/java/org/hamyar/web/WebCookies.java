package org.hamyar.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;

/**
 * The pages' cookies. All are HttpOnly (no script reads them) and {@code Secure} outside development and tests;
 * none carries personal data in clear: the session is a signed token, drafts are encrypted.
 */
@ApplicationScoped
public class WebCookies {

    /** A citizen's access token. Lax, so a link from an SMS opens the citizen's own page logged in. */
    public static final String SESSION = "hamyar_session";
    /** A staff member's access token, sent to the console only. */
    public static final String STAFF_SESSION = "hamyar_staff";
    /** The random value behind every form's cross-site token. */
    public static final String FORM_TOKEN = "hamyar_form";
    public static final String LANG = "hamyar_lang";

    private final boolean secure;

    WebCookies(@ConfigProperty(name = "hamyar.web.secure-cookies", defaultValue = "true") boolean secure) {
        this.secure = secure;
    }

    public Cookie make(String name, String value, String path, Duration maxAge, CookieSameSite sameSite) {
        return Cookie.cookie(name, value).setPath(path).setHttpOnly(true).setSecure(secure).setSameSite(sameSite)
                .setMaxAge(maxAge.toSeconds());
    }

    /** A cookie that tells the browser to forget {@code name} at {@code path}. */
    public Cookie expired(String name, String path) {
        return Cookie.cookie(name, "").setPath(path).setHttpOnly(true).setSecure(secure)
                .setSameSite(CookieSameSite.LAX).setMaxAge(0);
    }
}
