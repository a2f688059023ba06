package org.hamyar.web.citizen;

import java.util.List;
import java.util.Map;

import org.hamyar.need.NeedView;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;

/** Needs as the citizen pages show them: public fields only, a sensitive need as the API shows it to outsiders. */
final class NeedCards {

    /** {@code hidden}: a sensitive need, its details kept from the public. */
    public record NeedCard(String title, boolean hidden, String priority, String volunteers, List<String> skills,
            String period, String place) {
    }

    private NeedCards() {
    }

    /** {@code skillNames} and {@code placeNames} in the page's language, by code and by neighbourhood id. */
    static NeedCard of(NeedView n, Map<String, String> skillNames, Map<Integer, String> placeNames, Lang lang) {
        boolean hidden = n.title() == null;
        List<String> skills = n.skills() == null ? List.of()
                : n.skills().stream().map(s -> skillNames.getOrDefault(s.code(), s.code())).toList();
        String period = n.startsOn() == null && n.endsOn() == null ? ""
                : Jalali.date(n.startsOn(), lang) + " – " + Jalali.date(n.endsOn(), lang);
        return new NeedCard(hidden ? Texts.page(lang, "need_hidden_title") : n.title(), hidden,
                Texts.page(lang, "priority_" + n.priority()),
                Texts.page(lang, "volunteers_needed").replace("{n}", Jalali.number(n.volunteersNeeded(), lang)),
                skills, period.equals(" – ") ? "" : period, n.neighbourhoodId() == null ? ""
                        : placeNames.getOrDefault(n.neighbourhoodId(), ""));
    }
}
