package org.hamyar.web.citizen;

import java.util.List;

/** The sign-up's steps, in order: one question group each, then "check your answers". */
enum SignupStep {
    IDENTITY("identity", "step_identity"),
    PLACE("place", "step_place"),
    SKILLS("skills", "step_skills"),
    AVAILABILITY("availability", "step_availability"),
    PREFERENCES("preferences", "step_preferences"),
    CONSENT("consent", "step_consent");

    static final List<SignupStep> ALL = List.of(values());

    private final String path;
    private final String titleKey;

    SignupStep(String path, String titleKey) {
        this.path = path;
        this.titleKey = titleKey;
    }

    String path() {
        return path;
    }

    String href() {
        return this == IDENTITY ? "/signup" : "/signup/" + path;
    }

    String titleKey() {
        return titleKey;
    }

    /** Where the back link goes: the step before, or the campaign page from the first. */
    String backHref() {
        return ordinal() == 0 ? "/" : ALL.get(ordinal() - 1).href();
    }

    /** After the last step comes "check your answers". */
    String nextHref() {
        return ordinal() == ALL.size() - 1 ? "/signup/check" : ALL.get(ordinal() + 1).href();
    }

    static SignupStep byPath(String path) {
        for (SignupStep s : ALL) {
            if (s.path.equals(path)) {
                return s;
            }
        }
        return null;
    }
}
