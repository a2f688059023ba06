package org.hamyar.web.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import org.hamyar.skill.SkillService;
import org.hamyar.volunteer.VolunteerProfiles;
import org.hamyar.volunteer.VolunteerView;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A volunteer's record for staff: first the reason, which is recorded with the look and shown to the volunteer in
 * their access log; then the record, identifiers masked. The reason travels in a form, never in the address.
 */
@Path("/staff/volunteers/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class VolunteerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reason(Page page, Form form, String id);

        static native TemplateInstance volunteer(Page page, List<Row> rows, String reason);
    }

    public record Row(String label, String value, boolean ltr) {
    }

    private final StaffSession staff;
    private final WebContext web;
    private final VolunteerProfiles profiles;
    private final GeoService geo;
    private final SkillService skills;
    private final ErrorPages errors;

    VolunteerPages(StaffSession staff, WebContext web, VolunteerProfiles profiles, GeoService geo, SkillService skills,
            ErrorPages errors) {
        this.staff = staff;
        this.web = web;
        this.profiles = profiles;
        this.geo = geo;
        this.skills = skills;
        this.errors = errors;
    }

    @GET
    public Uni<Response> ask(@RestPath String id) {
        return staff.signedIn(s -> Uni.createFrom().item(StaffSession.ok(Templates.reason(
                staff.page("volunteer_reason_title"), Form.empty(), id), staff.lang())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> show(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Lang lang = staff.lang();
        Form form = Form.posted(posted);
        String reason = form.value("reason").strip();
        return staff.signedIn(s -> Uni.createFrom().deferred(() -> profiles.get(id, s.caller(),
                URLEncoder.encode(reason, StandardCharsets.UTF_8)))
                .flatMap(v -> rows(v, lang).map(rows -> StaffSession.ok(Templates.volunteer(
                        staff.page("volunteer_title"), rows, reason), lang)))
                .onFailure(ApiException.class).recoverWithUni(e -> {
                    ApiException refusal = (ApiException) e;
                    if (refusal.type() != ProblemType.VALIDATION) {
                        return Uni.createFrom().failure(e);
                    }
                    refusal.violations().forEach(v -> form.error("reason", Texts.page(lang, "label_access_reason"),
                            Texts.fieldError(lang, v.code())));
                    return Uni.createFrom().item(StaffSession.ok(Templates.reason(
                            staff.page("volunteer_reason_title"), form, id), lang));
                }));
    }

    private Uni<List<Row>> rows(VolunteerView v, Lang lang) {
        return geo.neighbourhood(v.neighbourhoodId()).flatMap(place -> skills.list().map(list -> {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(Texts.page(lang, "label_name"), v.firstName() + " " + v.lastName(), false));
            rows.add(new Row(Texts.page(lang, "label_nationalId"), v.nationalIdMasked(), true));
            rows.add(new Row(Texts.page(lang, "label_mobile"), v.mobileMasked(), true));
            rows.add(new Row(Texts.page(lang, "label_birth_date"), Jalali.date(v.birthDate(), lang), false));
            rows.add(new Row(Texts.page(lang, "label_neighbourhoodId"), place.map(n -> FormLists.name(n.nameFa(),
                    n.nameEn(), lang)).orElse(""), false));
            rows.add(new Row(Texts.page(lang, "label_skills"), String.join(lang.persian() ? "، " : ", ",
                    v.skills().stream().map(sk -> list.items().stream().filter(i -> i.code().equals(sk.code()))
                            .findFirst().map(i -> FormLists.name(i.nameFa(), i.nameEn(), lang)).orElse(sk.code())
                            + " (" + Texts.page(lang, "level_" + sk.level()) + ")").toList()),
                    false));
            rows.add(new Row(Texts.page(lang, "label_availability"), String.join(lang.persian() ? "، " : ", ",
                    v.availability().stream().map(a -> Texts.page(lang, "day_" + a.day()) + " " + Jalali.digits(
                            a.from(), lang) + "–" + Jalali.digits(a.to(), lang)).toList()),
                    false));
            rows.add(new Row(Texts.page(lang, "label_languages"), String.join(lang.persian() ? "، " : ", ",
                    v.languages().stream().map(l -> Texts.page(lang, "language_" + l)).toList()), false));
            rows.add(new Row(Texts.page(lang, "label_maxTravelKm"), Jalali.number(v.maxTravelKm(), lang) + " "
                    + Texts.page(lang, "unit_km"), false));
            return rows;
        }));
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
