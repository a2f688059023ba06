package org.hamyar.web.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.centre.CentreService;
import org.hamyar.centre.CentreView;
import org.hamyar.common.PageRequest;
import org.hamyar.geo.GeoService;
import org.hamyar.need.NeedService;
import org.hamyar.need.NeedView;
import org.hamyar.security.Caller;
import org.hamyar.skill.SkillService;
import org.hamyar.web.Choice;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;

import io.smallrye.mutiny.Uni;

/** What the console's filters and labels name: the staff member's needs and centres, skills and places. */
@ApplicationScoped
class ConsoleChoices {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    /** The lists for one staff member, in their page's language. */
    record Lists(List<NeedView> ownNeeds, List<CentreView> ownCentres, Map<String, String> skillNames,
            Map<Integer, String> placeNames, Lang lang) {

        List<Choice> needs(UUID chosen) {
            List<Choice> out = new ArrayList<>();
            ownNeeds.forEach(n -> out.add(new Choice(n.id().toString(), n.title() == null ? Texts.page(lang,
                    "need_untitled") : n.title(), n.id().equals(chosen))));
            return out;
        }

        List<Choice> centres(UUID chosen) {
            List<Choice> out = new ArrayList<>();
            ownCentres.forEach(c -> out.add(new Choice(c.id().toString(), name(c.nameFa(), c.nameEn()),
                    c.id().equals(chosen))));
            return out;
        }

        List<Choice> skills(String chosen) {
            List<Choice> out = new ArrayList<>();
            skillNames.forEach((code, name) -> out.add(new Choice(code, name, code.equals(chosen))));
            return out;
        }

        String place(int neighbourhoodId) {
            return placeNames.getOrDefault(neighbourhoodId, "");
        }

        String skill(String code) {
            return skillNames.getOrDefault(code, code);
        }

        String centre(UUID id) {
            return ownCentres.stream().filter(c -> c.id().equals(id)).findFirst().map(c -> name(c.nameFa(),
                    c.nameEn())).orElse("");
        }

        private String name(String fa, String en) {
            return lang.persian() || en == null || en.isBlank() ? fa : en;
        }
    }

    private final NeedService needs;
    private final CentreService centres;
    private final SkillService skills;
    private final GeoService geo;

    ConsoleChoices(NeedService needs, CentreService centres, SkillService skills, GeoService geo) {
        this.needs = needs;
        this.centres = centres;
        this.skills = skills;
        this.geo = geo;
    }

    Uni<Lists> of(Caller caller, Lang lang) {
        return needs.ofOrganisation(caller, null, ALL).flatMap(n -> centres.ofOrganisation(caller, ALL)
                .flatMap(c -> skills.list().flatMap(s -> geo.neighbourhoods(null, null, ALL).map(places -> {
                    Map<String, String> skillNames = new LinkedHashMap<>();
                    s.items().forEach(k -> skillNames.put(k.code(), lang.persian() ? k.nameFa() : k.nameEn()));
                    Map<Integer, String> placeNames = new LinkedHashMap<>();
                    places.items().forEach(p -> placeNames.put(p.id(), lang.persian() ? p.nameFa() : p.nameEn()));
                    return new Lists(n.items(), c.items(), skillNames, placeNames, lang);
                }))));
    }
}
