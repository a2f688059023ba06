package org.hamyar.web.staff;

import java.net.URI;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebContext.Session;

import io.smallrye.mutiny.Uni;

/** The console's pages are for a logged-in staff member: anyone else goes to the staff log-in page. */
@ApplicationScoped
class StaffSession {

    private final WebContext web;

    StaffSession(WebContext web) {
        this.web = web;
    }

    Uni<Response> signedIn(Function<Session, Uni<Response>> then) {
        return web.staff().flatMap(s -> s.isPresent() ? then.apply(s.get())
                : Uni.createFrom().item(redirect("/staff/login")));
    }

    Page page(String titleKey) {
        Lang lang = web.lang();
        return new Page(lang, Texts.page(lang, titleKey), web.formToken(), web.path(), Page.Audience.STAFF);
    }

    Page page(String titleKey, String n) {
        Lang lang = web.lang();
        return new Page(lang, Texts.page(lang, titleKey, n), web.formToken(), web.path(), Page.Audience.STAFF);
    }

    Lang lang() {
        return web.lang();
    }

    static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).build();
    }

    static Response ok(io.quarkus.qute.TemplateInstance t, Lang lang) {
        return Response.ok(t.setLocale(lang.locale())).build();
    }
}
