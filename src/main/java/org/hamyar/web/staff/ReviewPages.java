package org.hamyar.web.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.hamyar.common.PageRequest;
import org.hamyar.matching.ReviewQueue;
import org.hamyar.matching.ReviewQueue.DecisionRequest;
import org.hamyar.matching.ReviewQueue.Filter;
import org.hamyar.matching.ReviewQueue.QueueItem;
import org.hamyar.web.Choice;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.Form;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.WebContext.Session;
import org.hamyar.web.staff.ScoreBars.Bar;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The review queue: the proposals on the staff member's organisation's needs in their region, sortable and
 * filterable, each with its score drawn as bars; several approved, or rejected with a reason, in one action, each
 * reporting what happened to it.
 */
@Path("/staff")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, Form form, QueueView queue, List<Outcome> outcomes);
    }

    public record QueueView(List<Row> rows, List<Choice> sorts, List<Choice> needs, List<Choice> centres,
            List<Choice> skills, List<Choice> hidden, String total, String position, String previous, String next) {
    }

    public record Row(UUID matchId, String needTitle, String needHref, String priority, String volunteer,
            String volunteerHref, String place, String distance, String availability, String score, List<Bar> bars,
            String waiting) {
    }

    /** What one decision did to one proposal. */
    public record Outcome(String what, String result, boolean applied) {
    }

    private final StaffSession staff;
    private final ReviewQueue queue;
    private final ConsoleChoices choices;
    private final WebContext web;
    private final ErrorPages errors;

    ReviewPages(StaffSession staff, ReviewQueue queue, ConsoleChoices choices, WebContext web, ErrorPages errors) {
        this.staff = staff;
        this.queue = queue;
        this.choices = choices;
        this.web = web;
        this.errors = errors;
    }

    @GET
    public Uni<Response> queue(@RestQuery String sort, @RestQuery String need, @RestQuery String centre,
            @RestQuery String skill, @RestQuery String page) {
        return staff.signedIn(s -> view(s, sort, need, centre, skill, page).map(v -> StaffSession.ok(
                Templates.queue(staff.page("queue_title"), Form.empty(), v, List.of()), staff.lang())));
    }

    /** Approve several at once, or reject them with one reason; every id gets its own outcome. */
    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decide(MultivaluedMap<String, String> posted) {
        web.checkSameSite(posted);
        Lang lang = staff.lang();
        List<String> ids = posted.get("matchIds") == null ? List.of() : posted.get("matchIds");
        String decision = posted.getFirst("decision");
        String reason = posted.getFirst("reason");
        return staff.signedIn(s -> view(s, posted.getFirst("sort"), posted.getFirst("need"),
                posted.getFirst("centre"), posted.getFirst("skill"), posted.getFirst("page")).flatMap(before -> {
                    Map<String, String> what = new LinkedHashMap<>();
                    before.rows().forEach(r -> what.put(r.matchId().toString(), r.needTitle() + " — " + r.volunteer()));
                    Form form = Form.of(Map.of("reason", reason == null ? "" : reason));
                    return Uni.createFrom().deferred(() -> queue.decide(new DecisionRequest(new ArrayList<>(ids),
                            decision, reason), s.caller(), lang.locale())).map(
                                    results -> results.results().stream().map(r -> new Outcome(
                                            what.getOrDefault(r.matchId().toString(), r.matchId().toString()),
                                            Texts.page(lang, "outcome_" + r.outcome()) + (r.status() == null ? ""
                                                    : " — " + Texts.page(lang, "status_" + r.status())),
                                            r.outcome().equals("APPLIED"))).toList())
                            .onFailure(ApiException.class).recoverWithItem(e -> {
                                ((ApiException) e).violations().forEach(v -> form.error(
                                        v.field().startsWith("matchIds") ? "matchIds" : v.field(),
                                        Texts.page(lang, "label_decision_" + (v.field().startsWith("matchIds")
                                                ? "matches"
                                                : v.field())),
                                        Texts.fieldError(lang, v.code())));
                                return List.of();
                            })
                            .flatMap(outcomes -> view(s, posted.getFirst("sort"), posted.getFirst("need"),
                                    posted.getFirst("centre"), posted.getFirst("skill"), posted.getFirst("page"))
                                    .map(after -> StaffSession.ok(Templates.queue(staff.page("queue_title"), form,
                                            after, outcomes), lang)));
                }));
    }

    private Uni<QueueView> view(Session s, String sort, String need, String centre, String skill, String page) {
        Lang lang = staff.lang();
        String order = sort == null || sort.isBlank() ? "priority" : sort;
        int number = parse(page);
        Filter filter = Filter.parse(need, centre, skill);
        return queue.list(order, filter, new PageRequest(number, PAGE_SIZE), s.caller(), lang.locale())
                .flatMap(items -> choices.of(s.caller(), lang).map(c -> {
                    String filters = "&sort=" + enc(order) + (filter.needId() == null ? ""
                            : "&need="
                                    + filter.needId())
                            + (filter.centreId() == null ? "" : "&centre=" + filter.centreId())
                            + (filter.skill() == null ? "" : "&skill=" + enc(filter.skill()));
                    long pages = (items.total() + PAGE_SIZE - 1) / PAGE_SIZE;
                    return new QueueView(items.items().stream().map(i -> row(i, c, lang)).toList(),
                            List.of(new Choice("priority", Texts.page(lang, "sort_priority"), order.equals("priority")),
                                    new Choice("score", Texts.page(lang, "sort_score"), order.equals("score")),
                                    new Choice("waiting", Texts.page(lang, "sort_waiting"), order.equals("waiting"))),
                            c.needs(filter.needId()), c.centres(filter.centreId()), c.skills(filter.skill()),
                            hidden(order, filter, number), Jalali.number(items.total(), lang),
                            Texts.page(lang, "page_of", Jalali.number(number + 1, lang) + " / "
                                    + Jalali.number(Math.max(1, pages), lang)),
                            number > 0 ? "/staff?" + filters.substring(1) + "&page=" + (number - 1) : null,
                            number + 1 < pages ? "/staff?" + filters.substring(1) + "&page=" + (number + 1) : null);
                }));
    }

    private static Row row(QueueItem i, ConsoleChoices.Lists c, Lang lang) {
        var m = i.match();
        String place = m.volunteer().neighbourhoodId() == null ? "" : c.place(m.volunteer().neighbourhoodId());
        return new Row(m.id(), i.need().title() == null ? Texts.page(lang, "need_untitled") : i.need().title(),
                "/staff/needs/" + i.need().id(), Texts.page(lang, "priority_" + i.need().priority()),
                m.volunteer().displayName() == null ? Texts.page(lang, "volunteer_erased")
                        : m.volunteer()
                                .displayName(),
                "/staff/volunteers/" + m.volunteer().id(), place, ScoreBars.distance(m.reasons(), lang),
                ScoreBars.share(m.reasons(), "availability", lang), ScoreBars.percent(m.score(), lang),
                ScoreBars.of(m.reasons(), lang), waiting(i.waitingSeconds(), lang));
    }

    /** The queue's state, carried by the decision form so the same page comes back (name as value, value as label). */
    private static List<Choice> hidden(String sort, Filter filter, int page) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("sort", sort, false));
        out.add(new Choice("page", String.valueOf(page), false));
        if (filter.needId() != null) {
            out.add(new Choice("need", filter.needId().toString(), false));
        }
        if (filter.centreId() != null) {
            out.add(new Choice("centre", filter.centreId().toString(), false));
        }
        if (filter.skill() != null) {
            out.add(new Choice("skill", filter.skill(), false));
        }
        return out;
    }

    static String waiting(long seconds, Lang lang) {
        if (seconds < 3600) {
            long minutes = Math.max(1, seconds / 60);
            return Texts.page(lang, minutes == 1 ? "waiting_minute" : "waiting_minutes", Jalali.number(minutes, lang));
        }
        if (seconds < 86_400 * 2) {
            long hours = seconds / 3600;
            return Texts.page(lang, hours == 1 ? "waiting_hour" : "waiting_hours", Jalali.number(hours, lang));
        }
        return Texts.page(lang, "waiting_days", Jalali.number(seconds / 86_400, lang));
    }

    private static int parse(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(page.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
