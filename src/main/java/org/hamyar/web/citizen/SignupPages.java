package org.hamyar.web.citizen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.hamyar.common.ProblemType;
import org.hamyar.geo.GeoService;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.skill.SkillResource.SkillView;
import org.hamyar.skill.SkillService;
import org.hamyar.volunteer.SignupRequest;
import org.hamyar.volunteer.SignupService;
import org.hamyar.web.Choice;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.FormLists;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.PageException;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.citizen.PlacePicker.PlaceChoices;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Sign-up in short steps, each a plain form that works without JavaScript, checked by the API's own validator;
 * then "check your answers", then one call of the sign-up service (with the draft's Idempotency-Key) and a
 * confirmation that shows the identifiers masked. Until that call nothing is stored: the draft is a sealed cookie.
 */
@Path("/signup")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance identity(Page page, Form form, String back, List<Choice> months,
                List<Choice> genders);

        static native TemplateInstance place(Page page, Form form, String back, PlaceChoices choices);

        static native TemplateInstance place$choices(Page page, Form form, PlaceChoices choices);

        static native TemplateInstance skills(Page page, Form form, String back, List<FormLists.SkillGroup> groups);

        static native TemplateInstance availability(Page page, Form form, String back, List<FormLists.DayRow> days);

        static native TemplateInstance preferences(Page page, Form form, String back, List<Choice> languages);

        static native TemplateInstance consent(Page page, Form form, String back);

        static native TemplateInstance check(Page page, Form form, List<SummaryRow> rows);

        static native TemplateInstance done(Page page, String nationalIdMasked, String mobileMasked);
    }

    /** One answer on "check your answers": its question, the answer as shown, and where to change it. */
    public record SummaryRow(String label, List<String> lines, String changeHref) {
    }

    private final WebContext web;
    private final SignupDrafts drafts;
    private final SignupChecks checks;
    private final SignupService signups;
    private final SkillService skills;
    private final GeoService geo;
    private final PlacePicker places;
    private final ErrorPages errors;

    SignupPages(WebContext web, SignupDrafts drafts, SignupChecks checks, SignupService signups, SkillService skills,
            GeoService geo, PlacePicker places, ErrorPages errors) {
        this.web = web;
        this.drafts = drafts;
        this.checks = checks;
        this.signups = signups;
        this.skills = skills;
        this.geo = geo;
        this.places = places;
        this.errors = errors;
    }

    @GET
    public Uni<TemplateInstance> start() {
        SignupDraft draft = drafts.current();
        if (draft.submitted()) {
            draft = SignupDraft.fresh();
        }
        drafts.keep(draft);
        return show(SignupStep.IDENTITY, Form.of(draft.answers()), PlacePicker.Query.none());
    }

    @GET
    @Path("{step}")
    public Uni<Response> step(@RestPath String step, @RestQuery String province, @RestQuery String county,
            @RestQuery String q, @RestHeader("HX-Request") String htmx) {
        if ("done".equals(step)) {
            return done();
        }
        if ("check".equals(step)) {
            return check(Form.empty());
        }
        SignupStep s = SignupStep.byPath(step);
        if (s == null) {
            throw PageException.notFound();
        }
        SignupDraft draft = drafts.current();
        if (draft.submitted()) {
            return Uni.createFrom().item(redirect("/signup"));
        }
        PlacePicker.Query query = new PlacePicker.Query(province, county, q);
        if (s == SignupStep.PLACE && htmx != null) {
            return places.choices(query, draft.answers().get("neighbourhoodId"), lang())
                    .map(c -> Response.ok(Templates.place$choices(page(s), Form.of(draft.answers()), c)
                            .setLocale(lang().locale())).build());
        }
        return show(s, Form.of(draft.answers()), query).map(t -> Response.ok(t).build());
    }

    @POST
    @Path("{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> answer(@RestPath String step, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        if ("check".equals(step)) {
            return submit();
        }
        SignupStep s = SignupStep.byPath(step);
        if (s == null) {
            throw PageException.notFound();
        }
        SignupDraft draft = drafts.current();
        if (draft.submitted()) {
            return Uni.createFrom().item(redirect("/signup/done"));
        }
        return skillCodes().flatMap(codes -> {
            Set<String> fields = SignupDrafts.fieldsOf(s, codes);
            Map<String, String> given = new LinkedHashMap<>();
            Form.posted(posted).values().forEach((name, value) -> {
                if (fields.contains(name)) {
                    given.put(name, value);
                }
            });
            SignupDraft next = draft.answered(s, given, fields);
            Form form = Form.of(next.answers());
            checks.checkStep(s, next.answers(), codes, form);
            Uni<Form> checked = s == SignupStep.PLACE && !form.hasErrors() ? checks.checkPlace(form)
                    : Uni.createFrom().item(form);
            return checked.flatMap(f -> {
                if (f.hasErrors()) {
                    return show(s, f, PlacePicker.Query.none()).map(t -> Response.ok(t).build());
                }
                drafts.keep(next);
                boolean allPassed = SignupStep.ALL.stream().allMatch(next::passed);
                return Uni.createFrom().item(redirect(allPassed ? "/signup/check" : s.nextHref()));
            });
        });
    }

    private Uni<Response> check(Form form) {
        SignupDraft draft = drafts.current();
        if (draft.submitted()) {
            return Uni.createFrom().item(redirect("/signup/done"));
        }
        for (SignupStep s : SignupStep.ALL) {
            if (!draft.passed(s)) {
                return Uni.createFrom().item(redirect(s.href()));
            }
        }
        return summary(draft.answers()).map(rows -> Response.ok(Templates.check(page("check_title"), form, rows)
                .setLocale(lang().locale())).build());
    }

    private Uni<Response> submit() {
        SignupDraft draft = drafts.current();
        if (draft.submitted()) {
            return Uni.createFrom().item(redirect("/signup/done"));
        }
        return skillCodes().flatMap(codes -> {
            SignupAnswers answers = new SignupAnswers(draft.answers(), codes);
            SignupRequest request = answers.request();
            if (!answers.own().isEmpty()) {
                return check(checks.refused(answers, answers.own()));
            }
            return Uni.createFrom().deferred(() -> signups.signUp(request, draft.idempotencyKey())).map(created -> {
                drafts.keep(draft.confirmed(created.value().nationalIdMasked(), created.value().mobileMasked()));
                return redirect("/signup/done");
            }).onFailure(ApiException.class).recoverWithUni(e -> {
                ApiException refusal = (ApiException) e;
                if (refusal.type() == ProblemType.DUPLICATE_VOLUNTEER) {
                    return check(Form.empty().error("nationalId", Texts.page(lang(), "label_nationalId"),
                            Texts.page(lang(), "signup_already_registered"), SignupStep.IDENTITY.href() + "#nationalId"));
                }
                if (refusal.type() != ProblemType.VALIDATION) {
                    return Uni.createFrom().failure(e);
                }
                return check(checks.refused(answers, refusal.violations()));
            });
        });
    }

    private Uni<Response> done() {
        SignupDraft draft = drafts.current();
        if (!draft.submitted()) {
            return Uni.createFrom().item(redirect("/signup"));
        }
        return Uni.createFrom().item(Response.ok(Templates.done(page("done_title"), draft.nationalIdMasked(),
                draft.mobileMasked()).setLocale(lang().locale())).build());
    }

    private Uni<TemplateInstance> show(SignupStep step, Form form, PlacePicker.Query query) {
        Lang lang = lang();
        Page page = page(step);
        String back = step.backHref();
        TemplateInstance t = switch (step) {
            case IDENTITY -> Templates.identity(page, form, back, SignupChoices.months(form, lang),
                    SignupChoices.genders(form, lang));
            case AVAILABILITY -> Templates.availability(page, form, back, FormLists.days(lang));
            case PREFERENCES -> Templates.preferences(page, form, back, FormLists.languages(form, lang));
            case CONSENT -> Templates.consent(page, form, back);
            default -> null;
        };
        if (t != null) {
            return Uni.createFrom().item(t.setLocale(lang.locale()));
        }
        if (step == SignupStep.PLACE) {
            return places.choices(query, form.value("neighbourhoodId"), lang)
                    .map(c -> Templates.place(page, form, back, c).setLocale(lang.locale()));
        }
        return skills.list().map(list -> Templates.skills(page, form, back,
                FormLists.skillGroups(list.items(), form, lang)).setLocale(lang.locale()));
    }

    private Uni<List<SummaryRow>> summary(Map<String, String> answers) {
        Lang lang = lang();
        Form form = Form.of(answers);
        Uni<Optional<NeighbourhoodView>> place;
        try {
            place = geo.neighbourhood(Integer.parseInt(form.value("neighbourhoodId")));
        } catch (NumberFormatException e) {
            place = Uni.createFrom().item(Optional.empty());
        }
        return place.flatMap(n -> skills.list().map(list -> SignupChoices.summary(form, n.orElse(null),
                list.items(), lang)));
    }

    private Uni<List<String>> skillCodes() {
        return skills.list().map(list -> list.items().stream().map(SkillView::code).toList());
    }

    private Lang lang() {
        return web.lang();
    }

    private Page page(SignupStep step) {
        return page(step.titleKey());
    }

    private Page page(String titleKey) {
        return new Page(lang(), Texts.page(lang(), titleKey), web.formToken(), web.path(), Page.Audience.PUBLIC);
    }

    private static Response redirect(String to) {
        return Response.seeOther(java.net.URI.create(to)).build();
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
