package org.hamyar.matching;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hamyar.common.Messages;
import org.hamyar.matching.MatchScoring.Component;

/** Puts a score's components into words, in the reader's language; the stored facts stay language-free. */
final class Explanations {

    private Explanations() {
    }

    static List<ScoreReason> of(List<Component> components, Locale locale) {
        return components.stream().map(c -> new ScoreReason(c.component(), c.weight(), c.value(), c.points(),
                explain(c, locale))).toList();
    }

    private static String explain(Component c, Locale locale) {
        Map<String, Object> f = c.facts();
        return switch (c.component()) {
            case "skills" -> text(locale, "reason.skills", f.get("met"), f.get("required"));
            case "distance" -> text(locale, "reason.distance", f.get("km"), f.get("maxTravelKm"));
            case "availability" -> Boolean.TRUE.equals(f.get("anyTime")) ? text(locale, "reason.availability.any")
                    : text(locale, "reason.availability", f.get("percent"));
            case "language" -> f.containsKey("shared") ? text(locale, "reason.language", f.get("shared"))
                    : Boolean.TRUE.equals(f.get("anyLanguage")) ? text(locale, "reason.language.any")
                            : text(locale, "reason.language.none", f.get("asked"));
            case "load" -> text(locale, "reason.load", f.get("commitments"));
            default -> c.component();
        };
    }

    private static String text(Locale locale, String key, Object... args) {
        return new MessageFormat(Messages.get(locale, key), locale).format(args);
    }
}
