package org.hamyar.web.citizen;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.hamyar.auth.TokenRevocations;
import org.hamyar.common.ApiException;
import org.hamyar.common.Ids;
import org.hamyar.common.PageRequest;
import org.hamyar.common.ProblemType;
import org.hamyar.matching.MatchWorkflow;
import org.hamyar.matching.TransitionRequest;
import org.hamyar.volunteer.SelfService;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Page;
import org.hamyar.web.PageException;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebCookies;
import org.hamyar.web.citizen.MyPage.Overview;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A citizen's own page: their profile (identifiers masked; changed through {@link ProfilePages}), their matches with
 * the answers to invitations, suggestions, who looked at their data and why, the download of everything held about
 * them, erasure, all through the services the API uses, as the volunteer of the session.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class MePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Page page, Overview me, String notice);

        static native TemplateInstance erase(Page page);

        static native TemplateInstance goodbye(Page page);
    }

    private static final PageRequest FIRST = new PageRequest(0, 50);

    private final WebContext web;
    private final SelfService self;
    private final MatchWorkflow workflow;
    private final MyPage overview;
    private final TokenRevocations revocations;
    private final ErrorPages errors;
    private final CitizenSession citizen;

    MePages(WebContext web, SelfService self, MatchWorkflow workflow, MyPage overview, TokenRevocations revocations,
            ErrorPages errors, CitizenSession citizen) {
        this.citizen = citizen;
        this.web = web;
        this.self = self;
        this.workflow = workflow;
        this.overview = overview;
        this.revocations = revocations;
        this.errors = errors;
    }

    @GET
    @Path("me")
    public Uni<Response> me(@RestQuery String notice) {
        return citizen
                .signedIn(s -> overview.of(s, citizen.lang()).map(o -> Response.ok(Templates.me(citizen.page("me_title"), o,
                        notice == null ? null : noticeText(notice)).setLocale(citizen.lang().locale())).build()));
    }

    /** Accept or decline an invitation (or leave a waitlist); a full need puts an acceptance on the waitlist. */
    @POST
    @Path("me/matches/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> answer(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        String to = posted.getFirst("to");
        if (!"ACCEPTED".equals(to) && !"DECLINED".equals(to)) {
            throw new PageException(400, "error_bad_request");
        }
        UUID matchId = Ids.uuidOrNotFound(id);
        return citizen.signedIn(s -> workflow.transition(matchId, new TransitionRequest(to, null, null), s.caller(),
                citizen.lang().locale())
                .map(m -> CitizenSession.redirect("/me?notice=" + m.status().toLowerCase() + "#matches"))
                .onFailure(ApiException.class).recoverWithItem(e -> {
                    if (((ApiException) e).type() == ProblemType.NOT_FOUND) {
                        throw PageException.notFound();
                    }
                    return CitizenSession.redirect("/me?notice=conflict#matches");
                }));
    }

    /** Everything held about the volunteer, identifiers in clear: their own data, so a JSON file of their own. */
    @GET
    @Path("me/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> export() {
        return citizen.signedIn(s -> self.export(s.caller().volunteerId(), s.caller().actor()).map(export -> Response
                .ok(export, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"hamyar-my-data.json\"").build()));
    }

    @GET
    @Path("me/delete")
    public Uni<Response> eraseForm() {
        return citizen.signedIn(s -> Uni.createFrom().item(Response.ok(Templates.erase(citizen.page("erase_title"))
                .setLocale(citizen.lang().locale())).build()));
    }

    @POST
    @Path("me/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> erase(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        return citizen.signedIn(s -> self.erase(s.caller().volunteerId(), s.caller().actor())
                .flatMap(x -> revocations.revoke(s.token().getTokenID(),
                        Instant.ofEpochSecond(s.token().getExpirationTime())))
                .map(x -> {
                    web.setCookie(web.cookies().expired(WebCookies.SESSION, "/"));
                    return CitizenSession.redirect("/goodbye");
                }));
    }

    @GET
    @Path("goodbye")
    public TemplateInstance goodbye() {
        return Templates
                .goodbye(new Page(citizen.lang(), Texts.page(citizen.lang(), "goodbye_title"), web.formToken(), web.path(),
                        Page.Audience.PUBLIC))
                .setLocale(citizen.lang().locale());
    }

    private String noticeText(String notice) {
        return switch (notice) {
            case "accepted", "waitlisted", "declined", "conflict", "updated" -> Texts.page(citizen.lang(), "notice_" + notice);
            default -> null;
        };
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
