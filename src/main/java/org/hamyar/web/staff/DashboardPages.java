package org.hamyar.web.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.geo.GeoService;
import org.hamyar.report.RegionReport;
import org.hamyar.report.RegionReport.Count;
import org.hamyar.report.RegionReport.Dashboard;
import org.hamyar.report.RegionReport.MatchLine;
import org.hamyar.skill.SkillService;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.charts.Chart;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The staff member's region in figures, each chart with its numbers in a table beside it (the chart is drawn from
 * the table), and the matches with hours served as a CSV file that Excel opens in Persian.
 */
@Path("/staff/dashboard")
@PermitAll
public class DashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Page page, List<Chart> charts, List<Chart.Point> figures);
    }

    private final StaffSession staff;
    private final RegionReport report;
    private final GeoService geo;
    private final SkillService skills;
    private final ErrorPages errors;

    DashboardPages(StaffSession staff, RegionReport report, GeoService geo, SkillService skills, ErrorPages errors) {
        this.staff = staff;
        this.report = report;
        this.geo = geo;
        this.skills = skills;
        this.errors = errors;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> dashboard() {
        Lang lang = staff.lang();
        return staff.signedIn(s -> report.dashboard(s.caller()).flatMap(d -> names(lang).map(n -> StaffSession.ok(
                Templates.dashboard(staff.page("dashboard_title"), charts(d, n, lang), figures(d, lang)), lang))));
    }

    /** UTF-8 with a byte-order mark, so that Excel reads Persian; no national ID or mobile in it. */
    @GET
    @Path("matches.csv")
    @Produces("text/csv")
    public Uni<Response> matches() {
        return staff.signedIn(s -> report.matches(s.caller()).map(lines -> Response.ok(csv(lines))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"hamyar-matches.csv\"").build()));
    }

    private record Names(Map<String, String> counties, Map<String, String> skills) {
    }

    private Uni<Names> names(Lang lang) {
        return geo.allCounties().flatMap(counties -> skills.list().map(list -> new Names(
                counties.stream().collect(Collectors.toMap(c -> String.valueOf(c.id()), c -> FormLists.name(
                        c.nameFa(), c.nameEn(), lang))),
                list.items().stream().collect(Collectors.toMap(k -> k.code(), k -> FormLists.name(k.nameFa(),
                        k.nameEn(), lang))))));
    }

    private List<Chart> charts(Dashboard d, Names names, Lang lang) {
        return List.of(
                Chart.of("signups-by-day", Texts.page(lang, "chart_signups_by_day"), "line", d.signupsByDay(),
                        c -> Jalali.date(java.time.LocalDate.parse(c.key()), lang), lang),
                Chart.of("signups-by-county", Texts.page(lang, "chart_signups_by_county"), "bar", d.signupsByCounty(),
                        c -> names.counties().getOrDefault(c.key(), c.key()), lang),
                Chart.of("signups-by-skill", Texts.page(lang, "chart_signups_by_skill"), "bar", top(d.signupsBySkill()),
                        c -> names.skills().getOrDefault(c.key(), c.key()), lang),
                Chart.of("matches-by-state", Texts.page(lang, "chart_matches_by_state"), "bar", d.matchesByState(),
                        c -> Texts.page(lang, "status_" + c.key()), lang));
    }

    private static List<Count> top(List<Count> counts) {
        return counts.stream().limit(15).toList();
    }

    private static List<Chart.Point> figures(Dashboard d, Lang lang) {
        return List.of(
                new Chart.Point(Texts.page(lang, "figure_signups"), Jalali.number(d.signups(), lang), d.signups()),
                new Chart.Point(Texts.page(lang, "figure_open_needs"), Jalali.number(d.openNeeds(), lang),
                        d.openNeeds()),
                new Chart.Point(Texts.page(lang, "figure_filled_needs"), Jalali.number(d.filledNeeds(), lang),
                        d.filledNeeds()),
                new Chart.Point(Texts.page(lang, "figure_hours"), Jalali.digits(String.format(Locale.ROOT, "%.1f",
                        d.hoursServed()), lang), Math.round(d.hoursServed())),
                new Chart.Point(Texts.page(lang, "figure_review_wait"), d.medianHoursToFirstReview() == null ? "—"
                        : Texts.page(lang, "hours_n", Jalali.digits(String.format(Locale.ROOT, "%.1f",
                                d.medianHoursToFirstReview()), lang)),
                        d.reviewed()));
    }

    static String csv(List<MatchLine> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("match_id,need_id,need_title,centre,volunteer,status,origin,score,proposed_at,changed_at,")
                .append("hours_served\r\n");
        for (MatchLine l : lines) {
            out.append(String.join(",", cell(l.matchId()), cell(l.needId()), cell(l.needTitle()), cell(l.centre()),
                    cell(l.volunteer()), cell(l.status()), cell(l.origin()),
                    String.format(Locale.ROOT, "%.3f", l.score()), cell(String.valueOf(l.proposedAt())),
                    cell(String.valueOf(l.changedAt())), l.hoursServed() == null ? ""
                            : String.format(Locale.ROOT, "%.1f", l.hoursServed())))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** Quoted when it must be; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v;
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
