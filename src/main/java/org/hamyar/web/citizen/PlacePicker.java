package org.hamyar.web.citizen;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.PageRequest;
import org.hamyar.geo.GeoService;
import org.hamyar.geo.GeoViews.CountyView;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.geo.GeoViews.ProvinceView;
import org.hamyar.web.Choice;
import org.hamyar.web.FormLists;
import org.hamyar.web.Lang;

import io.smallrye.mutiny.Uni;

/**
 * Choosing a neighbourhood: by province, then county, then neighbourhood (each a plain GET, so it works without
 * JavaScript), or by a search that folds ي/ی, ك/ک, ZWNJ and digits as the API's search does (it is the same query).
 */
@ApplicationScoped
public class PlacePicker {

    /** What the visitor browsed to or searched for; every part optional. */
    public record Query(String province, String county, String q) {

        static Query none() {
            return new Query(null, null, null);
        }
    }

    /** The lists to show, each with its chosen entry marked. */
    public record PlaceChoices(List<Choice> provinces, List<Choice> counties, List<Choice> neighbourhoods, String q,
            boolean searched, String chosenName) {
    }

    private static final PageRequest SEARCH_PAGE = new PageRequest(0, 20);
    private static final PageRequest COUNTY_PAGE = new PageRequest(0, 200);

    private final GeoService geo;

    PlacePicker(GeoService geo) {
        this.geo = geo;
    }

    /** The picker's lists; with a neighbourhood already chosen and nothing asked, its province and county open. */
    public Uni<PlaceChoices> choices(Query query, String chosen, Lang lang) {
        Integer chosenId = parse(chosen);
        Uni<Optional<NeighbourhoodView>> current = chosenId == null ? Uni.createFrom().item(Optional.empty())
                : geo.neighbourhood(chosenId);
        return current.flatMap(n -> {
            String province = blank(query.province()) ? n.map(NeighbourhoodView::provinceCode).orElse(null)
                    : query.province().trim();
            Integer county = blank(query.county()) ? (blank(query.province()) ? n.map(NeighbourhoodView::countyId)
                    .orElse(null) : null) : parse(query.county());
            String q = blank(query.q()) ? null : query.q().trim();
            String chosenName = n.map(v -> name(v.nameFa(), v.nameEn(), lang)).orElse(null);
            return geo.provinces().flatMap(provinces -> counties(province).flatMap(counties -> neighbourhoods(
                    county, q).map(
                            places -> new PlaceChoices(
                                    provinces.stream().map(p -> new Choice(p.code(), provinceName(p, lang),
                                            p.code().equals(province))).toList(),
                                    counties.stream().map(c -> new Choice(String.valueOf(c.id()), countyName(c, lang),
                                            county != null && c.id() == county)).toList(),
                                    places.stream().map(p -> new Choice(String.valueOf(p.id()), place(p, lang, q != null),
                                            chosenId != null && p.id() == chosenId)).toList(),
                                    q == null ? "" : q, q != null, chosenName))));
        });
    }

    private Uni<List<CountyView>> counties(String province) {
        if (province == null) {
            return Uni.createFrom().item(List.of());
        }
        return geo.counties(province).onFailure().recoverWithItem(List.of());
    }

    private Uni<List<NeighbourhoodView>> neighbourhoods(Integer county, String q) {
        if (q != null) {
            return geo.neighbourhoods(null, q, SEARCH_PAGE).map(org.hamyar.common.Page::items);
        }
        if (county == null) {
            return Uni.createFrom().item(List.of());
        }
        return geo.neighbourhoods(county, null, COUNTY_PAGE).map(org.hamyar.common.Page::items);
    }

    private static String place(NeighbourhoodView n, Lang lang, boolean withDistrict) {
        String name = name(n.nameFa(), n.nameEn(), lang);
        String district = name(n.districtFa(), n.districtEn(), lang);
        return withDistrict && district != null && !district.isBlank()
                ? name + (lang.persian() ? "، " : ", ") + district
                : name;
    }

    private static String provinceName(ProvinceView p, Lang lang) {
        return name(p.nameFa(), p.nameEn(), lang);
    }

    private static String countyName(CountyView c, Lang lang) {
        return name(c.nameFa(), c.nameEn(), lang);
    }

    private static String name(String fa, String en, Lang lang) {
        return FormLists.name(fa, en, lang);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer parse(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(org.hamyar.common.PersianText.asciiDigits(s.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
