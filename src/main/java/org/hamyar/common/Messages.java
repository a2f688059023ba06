package org.hamyar.common;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Persian and English texts for problems and field errors, chosen by {@code Accept-Language} (Persian by default). */
public final class Messages {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final List<Locale> SUPPORTED = List.of(PERSIAN, Locale.ENGLISH);

    private Messages() {
    }

    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return PERSIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? PERSIAN : match;
        } catch (IllegalArgumentException malformedHeader) {
            return PERSIAN;
        }
    }

    public static String get(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static Problem problem(ProblemType type, List<FieldViolation> violations, String instance, Locale locale) {
        List<Problem.FieldError> errors = violations.isEmpty() ? null
                : violations.stream()
                        .map(v -> new Problem.FieldError(v.field(), v.code(), get(locale, "error." + v.code())))
                        .toList();
        return new Problem(type.uri(), get(locale, type.messageKey() + ".title"), type.status(),
                get(locale, type.messageKey() + ".detail"), instance, errors, null);
    }
}
