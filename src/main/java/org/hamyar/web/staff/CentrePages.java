package org.hamyar.web.staff;

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

import org.hamyar.centre.CentreRequest;
import org.hamyar.centre.CentreService;
import org.hamyar.centre.CentreView;
import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.Ids;
import org.hamyar.common.PageRequest;
import org.hamyar.common.ProblemType;
import org.hamyar.geo.GeoService;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.security.Region;
import org.hamyar.web.Choice;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.FormAnswers;
import org.hamyar.web.FormLists;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.PageException;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebContext.Session;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The organisation's centres in the staff member's region: listed, created and changed through the centre feature
 * (its validation, errors in place). The location is typed, or taken from the neighbourhood's point or the device.
 */
@Path("/staff/centres")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CentrePages {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance centres(Page page, List<CentreRow> centres, String notice);

        static native TemplateInstance form(Page page, Form form, List<Choice> types, List<PlaceOption> places,
                CentreMap map, List<FormLists.DayRow> days, String action, String back);
    }

    public record CentreRow(UUID id, String name, String type, String place, String location, String href) {
    }

    /** A neighbourhood of the region, with its point for the "use the neighbourhood's point" button. */
    public record PlaceOption(String value, String label, boolean selected, String lat, String lon) {
    }

    private final StaffSession staff;
    private final WebContext web;
    private final CentreService centres;
    private final GeoService geo;
    private final ObjectMapper json;
    private final ErrorPages errors;

    CentrePages(StaffSession staff, WebContext web, CentreService centres, GeoService geo, ObjectMapper json,
            ErrorPages errors) {
        this.staff = staff;
        this.web = web;
        this.centres = centres;
        this.geo = geo;
        this.json = json;
        this.errors = errors;
    }

    @GET
    public Uni<Response> list(@RestQuery String notice) {
        Lang lang = staff.lang();
        return staff.signedIn(s -> centres.ofOrganisation(s.caller(), ALL).flatMap(page -> places(s).map(p -> {
            Map<Integer, String> names = new LinkedHashMap<>();
            p.forEach(n -> names.put(n.id(), FormLists.name(n.nameFa(), n.nameEn(), lang)));
            List<CentreRow> rows = page.items().stream().map(c -> new CentreRow(c.id(), FormLists.name(c.nameFa(),
                    c.nameEn(), lang), Texts.page(lang, "centre_type_" + c.type()),
                    names.getOrDefault(
                            c.neighbourhoodId(), ""),
                    String.format(Locale.ROOT, "%.4f, %.4f", c.lat(), c.lon()),
                    "/staff/centres/" + c.id())).toList();
            return StaffSession.ok(Templates.centres(staff.page("centres_title"), rows, notice == null ? null
                    : Texts.page(lang, "notice_" + notice)), lang);
        })));
    }

    @GET
    @Path("new")
    public Uni<Response> newForm() {
        return staff.signedIn(s -> form(s, Form.of(Map.of("type", "FACILITATION_CENTRE")), null));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Form form = Form.posted(posted);
        return staff.signedIn(s -> {
            CentreRequest request = request(form);
            if (form.hasErrors()) {
                return form(s, form, null);
            }
            return Uni.createFrom().deferred(() -> centres.create(request, null, s.caller()))
                    .map(c -> StaffSession.redirect("/staff/centres?notice=centre_saved"))
                    .onFailure(ApiException.class).recoverWithUni(e -> refused(s, form, (ApiException) e, null));
        });
    }

    @GET
    @Path("{id}")
    public Uni<Response> editForm(@RestPath String id) {
        UUID centreId = Ids.uuidOrNotFound(id);
        return staff.signedIn(s -> owned(s, centreId).flatMap(c -> form(s, Form.of(answers(c)), centreId)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@RestPath String id, MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        UUID centreId = Ids.uuidOrNotFound(id);
        Form form = Form.posted(posted);
        return staff.signedIn(s -> owned(s, centreId).flatMap(current -> {
            CentreRequest request = request(form);
            if (form.hasErrors()) {
                return form(s, form, centreId);
            }
            return Uni.createFrom().deferred(() -> centres.update(centreId, json.valueToTree(request), s.caller()))
                    .map(c -> StaffSession.redirect("/staff/centres?notice=centre_saved"))
                    .onFailure(ApiException.class).recoverWithUni(e -> refused(s, form, (ApiException) e, centreId));
        }));
    }

    /** The form as a centre request; a coordinate that is not a number is named here (the validator gets null). */
    private CentreRequest request(Form form) {
        Lang lang = staff.lang();
        FormAnswers a = new FormAnswers(form.values());
        return new CentreRequest(a.text("type"), a.text("nameFa"), a.text("nameEn"), a.text("address"),
                integer(form, a, "neighbourhoodId", lang), decimal(form, a, "lat", lang), decimal(form, a, "lon", lang),
                integer(form, a, "capacity", lang), a.slots(), new CentreRequest.Contact(a.text("phone"),
                        a.text("email")));
    }

    private Uni<Response> refused(Session s, Form form, ApiException e, UUID centreId) {
        if (e.type() != ProblemType.VALIDATION && e.type() != ProblemType.MALFORMED_BODY) {
            return Uni.createFrom().failure(e);
        }
        Lang lang = staff.lang();
        for (FieldViolation v : e.violations()) {
            String field = v.field().startsWith("openingHours") ? "availability"
                    : v.field().startsWith("contact.") ? v.field().substring(8) : v.field();
            form.error(field, Texts.page(lang, "label_centre_" + field), Texts.fieldError(lang, v.code()));
        }
        return form(s, form, centreId);
    }

    private Uni<Response> form(Session s, Form form, UUID centreId) {
        Lang lang = staff.lang();
        return places(s).map(p -> {
            List<PlaceOption> options = p.stream().map(n -> new PlaceOption(String.valueOf(n.id()),
                    FormLists.name(n.nameFa(), n.nameEn(), lang), form.selected("neighbourhoodId", n.id()),
                    String.format(Locale.ROOT, "%.4f", n.lat()), String.format(Locale.ROOT, "%.4f", n.lon())))
                    .toList();
            List<Choice> types = CentreRequest.TYPES.stream().map(t -> new Choice(t, Texts.page(lang,
                    "centre_type_" + t), form.selected("type", t))).toList();
            String action = centreId == null ? "/staff/centres/new" : "/staff/centres/" + centreId;
            return StaffSession.ok(Templates.form(staff.page(centreId == null ? "centre_new_title"
                    : "centre_edit_title"), form, types, options,
                    CentreMap.of(p, options, form.value("lat"), form.value("lon")), FormLists.days(lang), action,
                    "/staff/centres"),
                    lang);
        });
    }

    /** The neighbourhoods inside the staff member's region: a centre can only be placed there. */
    private Uni<List<NeighbourhoodView>> places(Session s) {
        Region region = s.caller().region();
        return geo.neighbourhoods(null, null, ALL).map(page -> page.items().stream().filter(n -> region != null
                && region.covers(n.provinceCode(), n.countyId())).toList());
    }

    private Uni<CentreView> owned(Session s, UUID id) {
        return centres.ofOrganisation(s.caller(), ALL).map(page -> page.items().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow(PageException::notFound));
    }

    private static Map<String, String> answers(CentreView c) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("type", c.type());
        a.put("nameFa", c.nameFa());
        a.put("nameEn", c.nameEn() == null ? "" : c.nameEn());
        a.put("address", c.address());
        a.put("neighbourhoodId", String.valueOf(c.neighbourhoodId()));
        a.put("lat", String.valueOf(c.lat()));
        a.put("lon", String.valueOf(c.lon()));
        a.put("capacity", c.capacity() == null ? "" : String.valueOf(c.capacity()));
        c.openingHours().forEach(h -> {
            a.put("from-" + h.day(), h.from());
            a.put("to-" + h.day(), h.to());
        });
        a.put("phone", c.contact() == null || c.contact().phone() == null ? "" : c.contact().phone());
        a.put("email", c.contact() == null || c.contact().email() == null ? "" : c.contact().email());
        return a;
    }

    private static Integer integer(Form form, FormAnswers a, String field, Lang lang) {
        String v = a.digits(field);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            form.error(field, Texts.page(lang, "label_centre_" + field), Texts.fieldError(lang, "type"));
            return null;
        }
    }

    private static Double decimal(Form form, FormAnswers a, String field, Lang lang) {
        String v = a.digits(field);
        try {
            return v == null ? null : Double.valueOf(v.replace('٫', '.'));
        } catch (NumberFormatException e) {
            form.error(field, Texts.page(lang, "label_centre_" + field), Texts.fieldError(lang, "type"));
            return null;
        }
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
