package org.hamyar.web.staff;

import java.util.List;
import java.util.Locale;

import org.hamyar.matching.ScoreReason;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;

/** A score's reasons as the console draws them: one bar a component, its points out of its weight. */
final class ScoreBars {

    /** {@code points} and {@code weight} as numbers for a meter, their text in the page's digits. */
    public record Bar(String label, double weight, double points, String text, String explanation) {
    }

    private ScoreBars() {
    }

    static List<Bar> of(List<ScoreReason> reasons, Lang lang) {
        return reasons.stream().map(r -> new Bar(Texts.page(lang, "component_" + r.component()), r.weight(),
                r.points(), Jalali.digits(String.format(Locale.ROOT, "%.2f / %.2f", r.points(), r.weight()), lang),
                r.explanation())).toList();
    }

    static String percent(double share, Lang lang) {
        return Jalali.number(Math.round(share * 100), lang) + (lang.persian() ? "٪" : "%");
    }

    /** The distance the distance component was scored on: its value is 5 / (5 + km). */
    static String distance(List<ScoreReason> reasons, Lang lang) {
        return reasons.stream().filter(r -> r.component().equals("distance") && r.value() > 0).findFirst()
                .map(r -> Jalali.digits(String.format(Locale.ROOT, "%.1f", 5 / r.value() - 5), lang) + " "
                        + Texts.page(lang, "unit_km"))
                .orElse("");
    }

    static String share(List<ScoreReason> reasons, String component, Lang lang) {
        return reasons.stream().filter(r -> r.component().equals(component)).findFirst()
                .map(r -> percent(r.value(), lang)).orElse("");
    }
}
