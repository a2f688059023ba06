package org.hamyar.web.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Ids;
import org.hamyar.common.ProblemType;
import org.hamyar.matching.CandidateService;
import org.hamyar.matching.MatchStatus;
import org.hamyar.matching.MatchView;
import org.hamyar.matching.MatchWorkflow;
import org.hamyar.matching.ProposalService;
import org.hamyar.matching.ProposalService.ManualProposal;
import org.hamyar.matching.TransitionRequest;
import org.hamyar.need.NeedRequest;
import org.hamyar.need.NeedService;
import org.hamyar.need.NeedView;
import org.hamyar.skill.SkillResource.SkillView;
import org.hamyar.skill.SkillService;
import org.hamyar.web.Choice;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebContext.Session;
import org.hamyar.web.staff.ScoreBars.Bar;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * An organisation's needs in the staff member's region: the list, creating and changing one (the need feature's
 * own validation, errors in place), and a need's page with its matches by state, the moves each allows, their
 * histories, and the candidates with their explained scores to propose.
 */
@Path("/staff")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NeedPages {

    /** The order the need's page shows its matches in: the workflow's. */
    private static final List<String> STATES = List.of("PROPOSED", "APPROVED", "INVITED", "ACCEPTED", "WAITLISTED",
            "ACTIVE", "COMPLETED", "REJECTED", "DECLINED", "CANCELLED", "NO_SHOW");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance needs(Page page, List<NeedRow> needs, String notice);

        static native TemplateInstance form(Page page, Form form, NeedChoices choices, String action, boolean editing,
                String back);

        static native TemplateInstance need(Page page, NeedRow need, List<Fact> facts, List<MatchGroup> groups,
                List<CandidateRow> candidates, Form form, String notice);
    }

    public record NeedRow(UUID id, String title, String centre, String status, String priority, String volunteers,
            String period, String href) {
    }

    public record Fact(String label, String value) {
    }

    public record NeedChoices(List<Choice> centres, List<Choice> targetGroups, List<Choice> priorities,
            List<Choice> statuses, List<FormLists.SkillGroup> skills, List<FormLists.DayRow> days,
            List<Choice> languages) {
    }

    public record MatchGroup(String state, String label, String count, List<MatchItem> matches) {
    }

    public record MatchItem(UUID id, String volunteer, String volunteerHref, String score, List<Bar> bars,
            String detail, List<HistoryLine> history, List<Move> moves) {
    }

    public record HistoryLine(String at, String who, String move, String reason) {
    }

    public record Move(String to, String label, boolean needsReason, boolean needsHours, boolean warning) {
    }

    public record CandidateRow(UUID volunteerId, String volunteer, String volunteerHref, String place,
            String distance, String score, List<Bar> bars) {
    }

    private final StaffSession staff;
    private final WebContext web;
    private final NeedService needs;
    private final MatchWorkflow workflow;
    private final CandidateService candidates;
    private final ProposalService proposals;
    private final SkillService skills;
    private final ConsoleChoices choices;
    private final ObjectMapper json;
    private final ErrorPages errors;

    NeedPages(StaffSession staff, WebContext web, NeedService needs, MatchWorkflow workflow,
            CandidateService candidates, ProposalService proposals, SkillService skills, ConsoleChoices choices,
            ObjectMapper json, ErrorPages errors) {
        this.staff = staff;
        this.web = web;
        this.needs = needs;
        this.workflow = workflow;
        this.candidates = candidates;
        this.proposals = proposals;
        this.skills = skills;
        this.choices = choices;
        this.json = json;
        this.errors = errors;
    }

    @GET
    @Path("needs")
    public Uni<Response> list(@RestQuery String notice) {
        Lang lang = staff.lang();
        return staff.signedIn(s -> choices.of(s.caller(), lang).map(c -> StaffSession.ok(Templates.needs(
                staff.page("needs_title"), c.ownNeeds().stream().map(n -> row(n, c, lang)).toList(),
                notice == null ? null : Texts.page(lang, "notice_" + notice)), lang)));
    }

    @GET
    @Path("needs/new")
    public Uni<Response> newForm() {
        return staff.signedIn(s -> form(s, Form.of(Map.of("priority", "NORMAL", "volunteersNeeded", "1",
                "lang-fa", "on")), false, null));
    }

    @POST
    @Path("needs/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        return staff.signedIn(s -> codes().flatMap(codes -> {
            NeedForm need = new NeedForm(form.values(), codes);
            NeedRequest request = need.request(false);
            if (!need.own().isEmpty()) {
                return refused(s, form, need, need.own(), false, null);
            }
            return Uni.createFrom().deferred(() -> needs.create(request, null, s.caller()))
                    .map(created -> StaffSession.redirect("/staff/needs/" + created.value().id() + "?notice=created"))
                    .onFailure(ApiException.class).recoverWithUni(e -> refusedOrThrow(s, form, need,
                            (ApiException) e, false, null));
        }));
    }

    @GET
    @Path("needs/{id}")
    public Uni<Response> need(@RestPath String id, @RestQuery String notice) {
        UUID needId = Ids.uuidOrNotFound(id);
        return staff.signedIn(s -> show(s, needId, Form.empty(), notice));
    }

    @GET
    @Path("needs/{id}/edit")
    public Uni<Response> editForm(@RestPath String id) {
        UUID needId = Ids.uuidOrNotFound(id);
        return staff.signedIn(s -> owned(s, needId).flatMap(n -> form(s, Form.of(NeedForm.of(n, staff.lang())),
                true, needId)));
    }

    @POST
    @Path("needs/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        UUID needId = Ids.uuidOrNotFound(id);
        Form form = Form.posted(posted);
        return staff.signedIn(s -> owned(s, needId).flatMap(current -> codes().flatMap(codes -> {
            NeedForm need = new NeedForm(form.values(), codes);
            NeedRequest r = need.request(true);
            if (!need.own().isEmpty()) {
                return refused(s, form, need, need.own(), true, needId);
            }
            ObjectNode patch = json.valueToTree(r);
            patch.remove("centreId");
            if (r.sensitive() == null) {
                patch.put("sensitive", false);
            }
            return Uni.createFrom().deferred(() -> needs.update(needId, patch, s.caller()))
                    .map(x -> StaffSession.redirect("/staff/needs/" + needId + "?notice=updated"))
                    .onFailure(ApiException.class).recoverWithUni(e -> refusedOrThrow(s, form, need,
                            (ApiException) e, true, needId));
        })));
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
                    return show(s, needId, form, null);
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
                            return show(s, m.needId(), form, null);
                        })));
    }

    private Uni<Response> show(Session s, UUID needId, Form form, String notice) {
        Lang lang = staff.lang();
        return owned(s, needId).flatMap(n -> choices.of(s.caller(), lang).flatMap(c -> workflow.ofNeed(needId,
                s.caller(), lang.locale()).flatMap(
                        matches -> ("OPEN".equals(n.status())
                                ? candidates.candidates(needId, 10, s.caller(), lang.locale()).map(l -> l.items())
                                : Uni.createFrom().item(List.<CandidateService.CandidateView> of())).map(cands -> {
                                    List<MatchGroup> groups = groups(matches, c, lang);
                                    List<CandidateRow> rows = cands.stream().map(cv -> new CandidateRow(cv.volunteer().id(),
                                            cv.volunteer().displayName(), "/staff/volunteers/" + cv.volunteer().id(),
                                            cv.volunteer().neighbourhoodId() == null ? ""
                                                    : c.place(cv.volunteer()
                                                            .neighbourhoodId()),
                                            Jalali.digits(String.format(Locale.ROOT, "%.1f", cv.distanceKm()), lang) + " "
                                                    + Texts.page(lang, "unit_km"),
                                            ScoreBars.percent(cv.score(), lang), ScoreBars.of(cv.reasons(), lang))).toList();
                                    return StaffSession.ok(Templates.need(staff.page("need_title", n.title()), row(n, c, lang),
                                            facts(n, c, lang), groups, rows, form,
                                            notice == null ? null : Texts.page(lang, "notice_" + notice)), lang);
                                }))));
    }

    private List<MatchGroup> groups(List<MatchView> matches, ConsoleChoices.Lists c, Lang lang) {
        Map<String, List<MatchItem>> byState = new LinkedHashMap<>();
        STATES.forEach(st -> byState.put(st, new ArrayList<>()));
        for (MatchView m : matches) {
            MatchStatus status = MatchStatus.valueOf(m.status());
            List<Move> moves = status.staffMoves().stream().map(to -> new Move(to.name(), Texts.page(lang,
                    "move_" + to.name()), to.needsReason(), to.needsHours(), to.needsReason())).toList();
            List<HistoryLine> history = m.history() == null ? List.of()
                    : m.history().stream().map(t -> new HistoryLine(
                            Jalali.dateTime(t.at(), lang), t.actor().name() == null ? Texts.page(lang, "actor_" + t.actor()
                                    .kind()) : t.actor().name(),
                            (t.from() == null ? "" : Texts.page(lang, "status_" + t.from()) + " → ") + Texts.page(lang,
                                    "status_" + t.to())
                                    + (t.hours() == null ? ""
                                            : " (" + Texts.page(lang, "match_hours",
                                                    Jalali.digits(String.valueOf(t.hours()), lang)) + ")"),
                            t.reason() == null ? "" : t.reason())).toList();
            String detail = "WAITLISTED".equals(m.status()) && m.waitlistPosition() != null ? Texts.page(lang,
                    "match_waitlist_position", Jalali.number(m.waitlistPosition(), lang)) : "";
            byState.get(m.status()).add(new MatchItem(m.id(), m.volunteer().displayName() == null ? Texts.page(lang,
                    "volunteer_erased") : m.volunteer().displayName(), "/staff/volunteers/" + m.volunteer().id(),
                    ScoreBars.percent(m.score(), lang), ScoreBars.of(m.reasons(), lang), detail, history, moves));
        }
        List<MatchGroup> out = new ArrayList<>();
        byState.forEach((state, items) -> {
            if (!items.isEmpty()) {
                out.add(new MatchGroup(state, Texts.page(lang, "status_" + state), Jalali.number(items.size(), lang),
                        items));
            }
        });
        return out;
    }

    private static List<Fact> facts(NeedView n, ConsoleChoices.Lists c, Lang lang) {
        List<Fact> out = new ArrayList<>();
        out.add(new Fact(Texts.page(lang, "label_need_centreId"), n.centreId() == null ? "" : c.centre(n.centreId())));
        out.add(new Fact(Texts.page(lang, "label_need_targetGroup"), Texts.page(lang, "group_" + n.targetGroup())));
        out.add(new Fact(Texts.page(lang, "label_need_skills"), String.join(lang.persian() ? "، " : ", ",
                n.skills().stream().map(s -> c.skill(s.code()) + " ≥ " + Texts.page(lang, "level_" + s.minLevel()))
                        .toList())));
        out.add(new Fact(Texts.page(lang, "label_need_slots"), String.join(lang.persian() ? "، " : ", ",
                n.weeklySlots().stream().map(s -> Texts.page(lang, "day_" + s.day()) + " " + Jalali.digits(s.from(),
                        lang) + "–" + Jalali.digits(s.to(), lang)).toList())));
        out.add(new Fact(Texts.page(lang, "label_need_sensitive"), Texts.page(lang, n.sensitive() ? "yes" : "no")));
        if (n.description() != null && !n.description().isBlank()) {
            out.add(new Fact(Texts.page(lang, "label_need_description"), n.description()));
        }
        return out;
    }

    private static NeedRow row(NeedView n, ConsoleChoices.Lists c, Lang lang) {
        String period = n.startsOn() == null && n.endsOn() == null ? ""
                : Jalali.date(n.startsOn(), lang) + " – " + Jalali.date(n.endsOn(), lang);
        return new NeedRow(n.id(), n.title(), n.centreId() == null ? "" : c.centre(n.centreId()),
                Texts.page(lang, "need_status_" + n.status()), Texts.page(lang, "priority_" + n.priority()),
                Texts.page(lang, "volunteers_needed", Jalali.number(n.volunteersNeeded(), lang)), period,
                "/staff/needs/" + n.id());
    }

    /** The need, if the staff member's organisation runs it in their region: 403 for another's, 404 unknown. */
    private Uni<NeedView> owned(Session s, UUID needId) {
        return needs.managed(needId, s.caller());
    }

    private Uni<Response> form(Session s, Form form, boolean editing, UUID needId) {
        Lang lang = staff.lang();
        return choices.of(s.caller(), lang).flatMap(c -> skills.list().map(list -> {
            NeedChoices nc = new NeedChoices(c.centres(NeedForm.uuidOrNull(form.value("centreId"))),
                    NeedRequest.TARGET_GROUPS.stream().map(g -> new Choice(g, Texts.page(lang, "group_" + g),
                            form.selected("targetGroup", g))).toList(),
                    NeedRequest.PRIORITIES.stream().map(p -> new Choice(p, Texts.page(lang, "priority_" + p),
                            form.selected("priority", p))).toList(),
                    (form.selected("status", "FILLED") ? List.of("OPEN", "CLOSED", "FILLED")
                            : List.of("OPEN",
                                    "CLOSED"))
                            .stream().map(st -> new Choice(st, Texts.page(lang, "need_status_" + st),
                                    form.selected("status", st)))
                            .toList(),
                    FormLists.skillGroups(list.items(), form, lang), FormLists.days(lang),
                    FormLists.languages(form, lang));
            String action = editing ? "/staff/needs/" + needId + "/edit" : "/staff/needs/new";
            String back = editing ? "/staff/needs/" + needId : "/staff/needs";
            return StaffSession.ok(Templates.form(staff.page(editing ? "need_edit_title" : "need_new_title"), form,
                    nc, action, editing, back), lang);
        }));
    }

    private Uni<Response> refusedOrThrow(Session s, Form form, NeedForm need, ApiException e, boolean editing,
            UUID needId) {
        if (e.type() != ProblemType.VALIDATION && e.type() != ProblemType.MALFORMED_BODY) {
            return Uni.createFrom().failure(e);
        }
        return refused(s, form, need, e.violations(), editing, needId);
    }

    private Uni<Response> refused(Session s, Form form, NeedForm need, List<FieldViolation> violations,
            boolean editing, UUID needId) {
        Lang lang = staff.lang();
        for (FieldViolation v : violations) {
            String field = need.pageField(v.field());
            form.error(field, Texts.page(lang, NeedForm.labelKey(field)), Texts.fieldError(lang, v.code()));
        }
        return form(s, form, editing, needId);
    }

    private Uni<List<String>> codes() {
        return skills.list().map(list -> list.items().stream().map(SkillView::code).toList());
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
