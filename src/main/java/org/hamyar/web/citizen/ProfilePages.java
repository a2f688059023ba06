package org.hamyar.web.citizen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.hamyar.common.ProblemType;
import org.hamyar.skill.SkillResource.SkillView;
import org.hamyar.skill.SkillService;
import org.hamyar.volunteer.SelfService;
import org.hamyar.volunteer.SignupRequest;
import org.hamyar.volunteer.VolunteerView;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.FormLists;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.citizen.PlacePicker.PlaceChoices;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** A citizen changing their own details and their neighbourhood, through the same self-service as the API. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Page page, Form form, List<FormLists.SkillGroup> groups,
                List<FormLists.DayRow> days, List<org.hamyar.web.Choice> languages,
                List<org.hamyar.web.Choice> genders);

        static native TemplateInstance place(Page page, Form form, PlaceChoices choices);

        static native TemplateInstance place$choices(Page page, Form form, PlaceChoices choices);

    }

    private final WebContext web;
    private final SelfService self;
    private final SkillService skills;
    private final PlacePicker places;
    private final ObjectMapper json;
    private final ErrorPages errors;
    private final CitizenSession citizen;

    ProfilePages(WebContext web, SelfService self, SkillService skills, PlacePicker places, ObjectMapper json,
            ErrorPages errors, CitizenSession citizen) {
        this.citizen = citizen;
        this.web = web;
        this.self = self;
        this.skills = skills;
        this.places = places;
        this.json = json;
        this.errors = errors;
    }

    @GET
    @Path("me/edit")
    public Uni<Response> editForm() {
        return citizen.signedIn(s -> self.get(s.caller().volunteerId()).flatMap(v -> edit(Form.of(answers(v)))));
    }

    @POST
    @Path("me/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> saveEdit(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        return citizen.signedIn(s -> codes().flatMap(codes -> {
            SignupAnswers answers = new SignupAnswers(form.values(), codes);
            SignupRequest r = answers.request();
            ObjectNode patch = json.createObjectNode();
            patch.put("firstName", r.firstName());
            patch.put("lastName", r.lastName());
            patch.put("gender", r.gender());
            patch.set("skills", json.valueToTree(r.skills()));
            patch.set("availability", json.valueToTree(r.availability()));
            patch.set("languages", json.valueToTree(r.languages()));
            if (r.maxTravelKm() == null) {
                patch.putNull("maxTravelKm");
            } else {
                patch.put("maxTravelKm", r.maxTravelKm());
            }
            patch.putObject("consent").put("sms", r.consent().sms());
            return Uni.createFrom().deferred(() -> self.update(s.caller().volunteerId(), patch, s.caller().actor()))
                    .map(x -> CitizenSession.redirect("/me?notice=updated"))
                    .onFailure(ApiException.class).recoverWithUni(e -> {
                        ApiException refusal = (ApiException) e;
                        if (refusal.type() != ProblemType.VALIDATION && refusal.type() != ProblemType.MALFORMED_BODY) {
                            return Uni.createFrom().failure(e);
                        }
                        for (FieldViolation v : refusal.violations()) {
                            String field = answers.pageField(v.field());
                            form.error(field, Texts.page(citizen.lang(), SignupAnswers.labelKey(field)),
                                    Texts.fieldError(citizen.lang(), v.code()));
                        }
                        return edit(form);
                    });
        }));
    }

    @GET
    @Path("me/place")
    public Uni<Response> placeForm(@RestQuery String province, @RestQuery String county, @RestQuery String q,
            @RestHeader("HX-Request") String htmx) {
        return citizen.signedIn(s -> self.get(s.caller().volunteerId()).flatMap(v -> {
            Form form = Form.of(Map.of("neighbourhoodId", String.valueOf(v.neighbourhoodId())));
            return places.choices(new PlacePicker.Query(province, county, q), form.value("neighbourhoodId"), citizen.lang())
                    .map(c -> Response.ok((htmx != null ? Templates.place$choices(citizen.page("me_place_title"), form, c)
                            : Templates.place(citizen.page("me_place_title"), form, c)).setLocale(citizen.lang().locale()))
                            .build());
        }));
    }

    @POST
    @Path("me/place")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> savePlace(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        return citizen.signedIn(s -> {
            ObjectNode patch = json.createObjectNode();
            try {
                patch.put("neighbourhoodId", Integer.parseInt(form.value("neighbourhoodId")));
            } catch (NumberFormatException e) {
                patch.putNull("neighbourhoodId");
            }
            return Uni.createFrom().deferred(() -> self.update(s.caller().volunteerId(), patch, s.caller().actor()))
                    .map(x -> CitizenSession.redirect("/me?notice=updated"))
                    .onFailure(ApiException.class).recoverWithUni(e -> {
                        form.error("neighbourhoodId", Texts.page(citizen.lang(), "label_neighbourhoodId"),
                                Texts.fieldError(citizen.lang(), "unknown"));
                        return places.choices(PlacePicker.Query.none(), null, citizen.lang()).map(c -> Response.ok(
                                Templates.place(citizen.page("me_place_title"), form, c).setLocale(citizen.lang().locale()))
                                .build());
                    });
        });
    }

    private Uni<Response> edit(Form form) {
        Lang lang = citizen.lang();
        return skills.list().map(list -> Response.ok(Templates.edit(citizen.page("edit_title"), form,
                FormLists.skillGroups(list.items(), form, lang), FormLists.days(lang),
                FormLists.languages(form, lang), SignupChoices.genders(form, lang)).setLocale(lang.locale()))
                .build());
    }

    /** A profile as the edit form's fields. */
    private static Map<String, String> answers(VolunteerView v) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("firstName", v.firstName());
        a.put("lastName", v.lastName());
        a.put("gender", v.gender() == null ? "" : v.gender());
        v.skills().forEach(s -> a.put("skill-" + s.code(), String.valueOf(s.level())));
        v.availability().forEach(slot -> {
            a.put("from-" + slot.day(), slot.from());
            a.put("to-" + slot.day(), slot.to());
        });
        v.languages().forEach(l -> a.put("lang-" + l, "on"));
        a.put("maxTravelKm", String.valueOf(v.maxTravelKm()));
        if (v.consent().sms()) {
            a.put("consentSms", "on");
        }
        return a;
    }

    private Uni<List<String>> codes() {
        return skills.list().map(list -> new ArrayList<>(list.items().stream().map(SkillView::code).toList()));
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
