package org.hamyar.web.citizen;

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

/** The pages under /me are for a logged-in citizen: anyone else goes to the log-in page. */
@ApplicationScoped
class CitizenSession {

    private final WebContext web;

    CitizenSession(WebContext web) {
        this.web = web;
    }

    Uni<Response> signedIn(Function<Session, Uni<Response>> then) {
        return web.citizen().flatMap(s -> s.isPresent() ? then.apply(s.get())
                : Uni.createFrom().item(redirect("/login")));
    }

    Lang lang() {
        return web.lang();
    }

    Page page(String titleKey) {
        return new Page(lang(), Texts.page(lang(), titleKey), web.formToken(), web.path(), Page.Audience.CITIZEN);
    }

    static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).build();
    }
}
