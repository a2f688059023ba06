package org.hamyar.web.citizen;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.campaign.CampaignService;
import org.hamyar.campaign.CampaignStats;
import org.hamyar.campaign.CampaignStatsService;
import org.hamyar.geo.GeoService;
import org.hamyar.skill.SkillService;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.charts.Chart;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** A campaign's live figures for anyone: total, by province, by skill and by day; aggregates only. */
@Path("/campaigns/{code}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaign(Page page, String name, String total, String asOf,
                List<Chart> charts);
    }

    private final WebContext web;
    private final CampaignService campaigns;
    private final CampaignStatsService stats;
    private final GeoService geo;
    private final SkillService skills;
    private final ErrorPages errors;

    CampaignPages(WebContext web, CampaignService campaigns, CampaignStatsService stats, GeoService geo,
            SkillService skills, ErrorPages errors) {
        this.web = web;
        this.campaigns = campaigns;
        this.stats = stats;
        this.geo = geo;
        this.skills = skills;
        this.errors = errors;
    }

    @GET
    public Uni<TemplateInstance> campaign(@RestPath String code) {
        Lang lang = web.lang();
        return campaigns.byCode(code).flatMap(c -> stats.stats(c.id()).flatMap(s -> geo.provinces().flatMap(
                provinces -> skills.list().map(list -> {
                    Map<String, String> provinceNames = provinces.stream().collect(Collectors.toMap(p -> p.code(),
                            p -> FormLists.name(p.nameFa(), p.nameEn(), lang)));
                    Map<String, String> skillNames = list.items().stream().collect(Collectors.toMap(k -> k.code(),
                            k -> FormLists.name(k.nameFa(), k.nameEn(), lang)));
                    String name = FormLists.name(c.nameFa(), c.nameEn(), lang);
                    List<Chart> charts = List.of(
                            Chart.of("by-province", Texts.page(lang, "chart_by_province"), "bar", sorted(s.byProvince(),
                                    CampaignStats.ProvinceCount::count),
                                    p -> provinceNames.getOrDefault(
                                            p.provinceCode(), p.provinceCode()),
                                    CampaignStats.ProvinceCount::count,
                                    lang),
                            Chart.of("by-skill", Texts.page(lang, "chart_by_skill"), "bar", sorted(s.bySkill(),
                                    CampaignStats.SkillCount::count).stream().limit(15).toList(),
                                    k -> skillNames.getOrDefault(k.skillCode(), k.skillCode()),
                                    CampaignStats.SkillCount::count, lang),
                            Chart.of("by-day", Texts.page(lang, "chart_by_day"), "line", s.byDay().stream()
                                    .sorted(Comparator.comparing(CampaignStats.DayCount::date)).toList(),
                                    d -> Jalali.date(d.date(), lang), CampaignStats.DayCount::count, lang));
                    Page page = new Page(lang, name, web.formToken(), web.path(), Page.Audience.PUBLIC);
                    return Templates.campaign(page, name, Jalali.number(s.total(), lang), Jalali.dateTime(s.asOf(),
                            lang), charts).setLocale(lang.locale());
                }))));
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.ToLongFunction<T> count) {
        return items.stream().sorted(Comparator.comparingLong(count).reversed()).toList();
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
