package org.hamyar.web.citizen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamyar.campaign.CampaignService;
import org.hamyar.campaign.CampaignStatsService;
import org.hamyar.common.PageRequest;
import org.hamyar.geo.GeoService;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.need.NeedQuery;
import org.hamyar.need.NeedService;
import org.hamyar.security.Caller;
import org.hamyar.skill.SkillService;
import org.hamyar.web.ErrorPages;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Page;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;
import org.hamyar.web.citizen.NeedCards.NeedCard;
import org.hamyar.web.citizen.PlacePicker.PlaceChoices;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The campaign's front page: what Salam Mahalleh is, how many have signed up, the open needs near a chosen
 * neighbourhood (as the public sees them), and the ways to sign up and to log in.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    static final String CAMPAIGN = "salam-mahalleh";
    private static final PageRequest NEEDS = new PageRequest(0, 20);
    private static final PageRequest COUNTY = new PageRequest(0, 200);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page, String campaignName, String campaignText, String volunteers,
                PlaceChoices places, String placeName, List<NeedCard> needs);

        static native TemplateInstance index$needs(Page page, PlaceChoices places, String placeName,
                List<NeedCard> needs);

        static native TemplateInstance privacy(Page page);
    }

    private final WebContext web;
    private final CampaignService campaigns;
    private final CampaignStatsService stats;
    private final NeedService needs;
    private final GeoService geo;
    private final SkillService skills;
    private final PlacePicker places;

    private final ErrorPages errors;

    HomePage(WebContext web, CampaignService campaigns, CampaignStatsService stats, NeedService needs,
            GeoService geo, SkillService skills, PlacePicker places, ErrorPages errors) {
        this.errors = errors;
        this.web = web;
        this.campaigns = campaigns;
        this.stats = stats;
        this.needs = needs;
        this.geo = geo;
        this.skills = skills;
        this.places = places;
    }

    @GET
    public Uni<TemplateInstance> index(@RestQuery String neighbourhood, @RestQuery String province,
            @RestQuery String county, @RestQuery String q, @RestHeader("HX-Request") String htmx) {
        Lang lang = web.lang();
        return web.citizen().flatMap(me -> {
            Page page = new Page(lang, Texts.page(lang, "home_title"), web.formToken(), web.path(),
                    me.isPresent() ? Page.Audience.CITIZEN : Page.Audience.PUBLIC);
            Uni<PlaceChoices> choices = places.choices(new PlacePicker.Query(province, county, q), neighbourhood,
                    lang);
            return choices.flatMap(c -> nearby(neighbourhood, lang).flatMap(near -> {
                if (htmx != null) {
                    return Uni.createFrom().item(Templates.index$needs(page, c, near.placeName(), near.cards())
                            .setLocale(lang.locale()));
                }
                return campaigns.byCode(CAMPAIGN).flatMap(campaign -> stats.stats(campaign.id())
                        .map(s -> Templates.index(page, FormLists.name(campaign.nameFa(), campaign.nameEn(), lang),
                                FormLists.name(campaign.descriptionFa(), campaign.descriptionEn(), lang),
                                Jalali.number(s.total(), lang), c, near.placeName(), near.cards())
                                .setLocale(lang.locale())));
            }));
        });
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        Lang lang = web.lang();
        return Templates.privacy(new Page(lang, Texts.page(lang, "privacy_title"), web.formToken(), web.path(),
                Page.Audience.PUBLIC)).setLocale(lang.locale());
    }

    private record Nearby(String placeName, List<NeedCard> cards) {
    }

    /** The open needs of the chosen neighbourhood's county, as anyone may see them. */
    private Uni<Nearby> nearby(String neighbourhood, Lang lang) {
        Integer id = parse(neighbourhood);
        if (id == null) {
            return Uni.createFrom().item(new Nearby(null, null));
        }
        return geo.neighbourhood(id).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(new Nearby(null, null));
            }
            NeighbourhoodView n = found.get();
            NeedQuery query = NeedQuery.parse(null, String.valueOf(n.countyId()), null, null, "OPEN", "0",
                    String.valueOf(NEEDS.size()));
            return needs.search(query, Caller.of((JsonWebToken) null)).flatMap(page -> skills.list()
                    .flatMap(skillList -> geo.neighbourhoods(n.countyId(), null, COUNTY).map(county -> {
                        Map<String, String> skillNames = new LinkedHashMap<>();
                        skillList.items().forEach(s -> skillNames.put(s.code(), FormLists.name(s.nameFa(),
                                s.nameEn(), lang)));
                        Map<Integer, String> placeNames = new LinkedHashMap<>();
                        county.items().forEach(p -> placeNames.put(p.id(), FormLists.name(p.nameFa(), p.nameEn(),
                                lang)));
                        return new Nearby(FormLists.name(n.nameFa(), n.nameEn(), lang), page.items().stream()
                                .map(need -> NeedCards.of(need, skillNames, placeNames, lang)).toList());
                    })));
        });
    }

    private static Integer parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** This page's failures answer as error pages, never as the API's problem+json. */
    @ServerExceptionMapper
    Response failed(Throwable e) {
        return errors.of(e);
    }
}
