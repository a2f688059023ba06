package org.hamyar.web.staff;

import java.util.List;
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
import org.hamyar.need.NeedRequest;
import org.hamyar.need.NeedService;
import org.hamyar.skill.SkillResource.SkillView;
import org.hamyar.skill.SkillService;
import org.hamyar.web.Choice;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.FormLists;
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
 * own validation, errors in place), and a need's page ({@link NeedPage}); its matches are acted on through
 * {@link MatchPages}.
 */
@Path("/staff")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NeedPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance needs(Page page, List<NeedPage.NeedRow> needs, String notice);

        static native TemplateInstance form(Page page, Form form, NeedChoices choices, String action, boolean editing,
                String back);

        static native TemplateInstance need(Page page, NeedPage.NeedRow need, List<NeedPage.Fact> facts,
                List<NeedPage.MatchGroup> groups, List<NeedPage.CandidateRow> candidates, Form form, String notice);
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
    private final SkillService skills;
    private final ConsoleChoices choices;
    private final NeedPage page;
    private final ObjectMapper json;
    private final ErrorPages errors;

    NeedPages(StaffSession staff, WebContext web, NeedService needs, SkillService skills, ConsoleChoices choices,
            NeedPage page, ObjectMapper json, ErrorPages errors) {
        this.staff = staff;
        this.web = web;
        this.needs = needs;
        this.skills = skills;
        this.choices = choices;
        this.page = page;
        this.json = json;
        this.errors = errors;
    }

    @GET
    @Path("needs")
    public Uni<Response> list(@RestQuery String notice) {
        Lang lang = staff.lang();
        return staff.signedIn(s -> choices.of(s.caller(), lang).map(c -> StaffSession.ok(Templates.needs(
                staff.page("needs_title"), c.ownNeeds().stream().map(n -> NeedPage.row(n, c, lang)).toList(),
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
        return staff.signedIn(s -> page.show(s, needId, Form.empty(), notice));
    }

    @GET
    @Path("needs/{id}/edit")
    public Uni<Response> editForm(@RestPath String id) {
        UUID needId = Ids.uuidOrNotFound(id);
        return staff.signedIn(s -> page.owned(s, needId).flatMap(n -> form(s, Form.of(NeedForm.of(n, staff.lang())),
                true, needId)));
    }

    @POST
    @Path("needs/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        UUID needId = Ids.uuidOrNotFound(id);
        Form form = Form.posted(posted);
        return staff.signedIn(s -> page.owned(s, needId).flatMap(current -> codes().flatMap(codes -> {
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
