package org.hamyar.web.staff;

import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Ids;
import org.hamyar.common.ProblemType;
import org.hamyar.matching.MatchWorkflow;
import org.hamyar.matching.ProposalService;
import org.hamyar.matching.ProposalService.ManualProposal;
import org.hamyar.matching.TransitionRequest;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.mutiny.Uni;

/** Staff acting on one need's matches from its page: a candidate proposed by hand, a match moved on. */
@Path("/staff")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class MatchPages {

    private final StaffSession staff;
    private final WebContext web;
    private final MatchWorkflow workflow;
    private final ProposalService proposals;
    private final NeedPage page;
    private final ErrorPages errors;

    MatchPages(StaffSession staff, WebContext web, MatchWorkflow workflow, ProposalService proposals, NeedPage page,
            ErrorPages errors) {
        this.staff = staff;
        this.web = web;
        this.workflow = workflow;
        this.proposals = proposals;
        this.page = page;
        this.errors = errors;
    }

    /** A volunteer of the candidates, proposed by hand with the reason the form asks for. */
    @POST
    @Path("needs/{id}/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> propose(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        UUID needId = Ids.uuidOrNotFound(id);
        Lang lang = staff.lang();
        return staff.signedIn(s -> Uni.createFrom().deferred(() -> proposals.manual(new ManualProposal(
                needId.toString(), posted.getFirst("volunteerId"), posted.getFirst("reason")), null, s.caller(),
                lang.locale()))
                .map(x -> StaffSession.redirect("/staff/needs/" + needId + "?notice=proposed#matches"))
                .onFailure(ApiException.class).recoverWithUni(e -> {
                    ApiException refusal = (ApiException) e;
                    if (refusal.type() == ProblemType.FORBIDDEN || refusal.type() == ProblemType.NOT_FOUND) {
                        return Uni.createFrom().failure(e);
                    }
                    Form form = Form.empty();
                    if (refusal.type() == ProblemType.VALIDATION) {
                        refusal.violations().forEach(v -> form.error("candidates", Texts.page(lang,
                                "label_propose_" + v.field()), Texts.fieldError(lang, v.code())));
                    } else {
                        form.error("candidates", Texts.page(lang, "label_propose_volunteerId"), Texts.page(lang,
                                "problem_" + refusal.type().name().toLowerCase(Locale.ROOT)));
                    }
                    return page.show(s, needId, form, null);
                }));
    }

    /** A move of one match: invite, start, complete with the hours, no-show, cancel or reject with a reason. */
    @POST
    @Path("matches/{id}/moves")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> move(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        UUID matchId = Ids.uuidOrNotFound(id);
        Lang lang = staff.lang();
        String to = posted.getFirst("to");
        String reason = posted.getFirst("reason");
        String hours = posted.getFirst("hours");
        java.math.BigDecimal h = null;
        try {
            h = hours == null || hours.isBlank() ? null
                    : new java.math.BigDecimal(org.hamyar.common.PersianText.asciiDigits(hours.trim()));
        } catch (NumberFormatException e) {
            h = java.math.BigDecimal.valueOf(-1);
        }
        TransitionRequest move = new TransitionRequest(to, reason, h);
        return staff.signedIn(s -> workflow.read(matchId, s.caller(), lang.locale())
                .flatMap(m -> Uni.createFrom().deferred(() -> workflow
                        .transition(matchId, move, s.caller(), lang.locale()))
                        .map(done -> StaffSession.redirect("/staff/needs/" + m.needId() + "?notice=moved#match-" + matchId))
                        .onFailure(ApiException.class).recoverWithUni(e -> {
                            ApiException refusal = (ApiException) e;
                            if (refusal.type() == ProblemType.FORBIDDEN || refusal.type() == ProblemType.NOT_FOUND) {
                                return Uni.createFrom().failure(e);
                            }
                            Form form = Form.empty();
                            for (FieldViolation v : refusal.violations()) {
                                String field = switch (v.field()) {
                                    case "hours" -> "hours-" + matchId;
                                    case "reason" -> "reason-" + to + "-" + matchId;
                                    default -> "match-" + matchId;
                                };
                                form.error(field, Texts.page(lang, "label_move_" + v.field()), Texts.fieldError(lang,
                                        v.code()));
                            }
                            return page.show(s, m.needId(), form, null);
                        })));
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
