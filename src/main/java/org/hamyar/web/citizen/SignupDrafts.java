package org.hamyar.web.citizen;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.web.FormLists;
import org.hamyar.web.SealedCookies;
import org.hamyar.web.WebContext;

import io.vertx.core.http.CookieSameSite;

/** The sign-up in progress, sealed in a cookie between the steps (nothing is stored before the last one). */
@ApplicationScoped
class SignupDrafts {

    static final String COOKIE = "hamyar_signup";
    private static final String DRAFT_PURPOSE = "signup-draft";
    private static final Duration DRAFT_LIFETIME = Duration.ofHours(2);
    private static final Set<String> IDENTITY_FIELDS = Set.of("nationalId", "mobile", "firstName", "lastName",
            "birthYear", "birthMonth", "birthDay", "gender");

    private final WebContext web;
    private final SealedCookies sealed;

    SignupDrafts(WebContext web, SealedCookies sealed) {
        this.web = web;
        this.sealed = sealed;
    }

    SignupDraft current() {
        return sealed.open(DRAFT_PURPOSE, web.cookie(COOKIE), SignupDraft.class).orElseGet(SignupDraft::fresh);
    }

    void keep(SignupDraft draft) {
        web.setCookie(web.cookies().make(COOKIE, sealed.seal(DRAFT_PURPOSE, draft), "/signup", DRAFT_LIFETIME,
                CookieSameSite.STRICT));
    }

    /** The form fields a step's page asks for: a step's answers replace all of them, unticked boxes included. */
    static Set<String> fieldsOf(SignupStep step, List<String> skillCodes) {
        Set<String> fields = new LinkedHashSet<>();
        switch (step) {
            case IDENTITY -> fields.addAll(IDENTITY_FIELDS);
            case PLACE -> fields.add("neighbourhoodId");
            case SKILLS -> skillCodes.forEach(c -> fields.add("skill-" + c));
            case AVAILABILITY -> FormLists.DAYS.forEach(d -> {
                fields.add("from-" + d);
                fields.add("to-" + d);
            });
            case PREFERENCES -> {
                FormLists.LANGUAGES.forEach(l -> fields.add("lang-" + l));
                fields.add("maxTravelKm");
            }
            case CONSENT -> {
                fields.add("consentDataProcessing");
                fields.add("consentSms");
            }
        }
        return fields;
    }
}
