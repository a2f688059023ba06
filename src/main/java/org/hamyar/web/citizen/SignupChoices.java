package org.hamyar.web.citizen;

import java.util.ArrayList;
import java.util.List;

import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.skill.SkillResource.SkillView;
import org.hamyar.web.Choice;
import org.hamyar.web.Form;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;
import org.hamyar.web.citizen.SignupPages.SummaryRow;

/** The options the sign-up's questions offer, and its answers as "check your answers" shows them. */
final class SignupChoices {

    private SignupChoices() {
    }

    static List<Choice> months(Form form, Lang lang) {
        List<Choice> out = new ArrayList<>();
        List<String> names = Jalali.monthNames(lang);
        for (int m = 1; m <= 12; m++) {
            out.add(new Choice(String.valueOf(m), Jalali.digits(String.valueOf(m), lang) + " — " + names.get(m - 1),
                    form.selected("birthMonth", m)));
        }
        return out;
    }

    static List<Choice> genders(Form form, Lang lang) {
        return List.of(new Choice("", Texts.page(lang, "gender_unsaid"), form.value("gender").isEmpty()),
                new Choice("FEMALE", Texts.page(lang, "gender_female"), form.selected("gender", "FEMALE")),
                new Choice("MALE", Texts.page(lang, "gender_male"), form.selected("gender", "MALE")));
    }

    static List<SummaryRow> summary(Form a, NeighbourhoodView place, List<SkillView> skills, Lang lang) {
        List<SummaryRow> rows = new ArrayList<>();
        String identity = SignupStep.IDENTITY.href();
        rows.add(row(lang, "label_nationalId", List.of(Jalali.digits(a.value("nationalId"), lang)), identity
                + "#nationalId"));
        rows.add(row(lang, "label_mobile", List.of(Jalali.digits(a.value("mobile"), lang)), identity + "#mobile"));
        rows.add(row(lang, "label_name", List.of(a.value("firstName") + " " + a.value("lastName")),
                identity + "#firstName"));
        String month = "";
        try {
            month = Jalali.monthNames(lang).get(Integer.parseInt(org.hamyar.common.PersianText.asciiDigits(
                    a.value("birthMonth"))) - 1);
        } catch (RuntimeException e) {
            month = a.value("birthMonth");
        }
        rows.add(row(lang, "label_birth_date", List.of(Jalali.digits(a.value("birthDay"), lang) + " " + month + " "
                + Jalali.digits(a.value("birthYear"), lang)), identity + "#birthYear"));
        String gender = a.value("gender");
        rows.add(row(lang, "label_gender", List.of(Texts.page(lang, gender.isEmpty() ? "gender_unsaid"
                : "gender_" + gender.toLowerCase(java.util.Locale.ROOT))), identity + "#gender"));
        rows.add(row(lang, "label_neighbourhoodId", List.of(place == null ? ""
                : FormLists.name(place.nameFa(),
                        place.nameEn(), lang)),
                SignupStep.PLACE.href()));
        List<String> chosen = new ArrayList<>();
        for (SkillView s : skills) {
            String level = a.value("skill-" + s.code());
            if (!level.isEmpty() && !level.equals("0")) {
                chosen.add(FormLists.name(s.nameFa(), s.nameEn(), lang) + " — " + Texts.page(lang, "level_" + level));
            }
        }
        rows.add(row(lang, "label_skills", chosen, SignupStep.SKILLS.href()));
        List<String> slots = new ArrayList<>();
        for (String day : FormLists.DAYS) {
            String from = a.value("from-" + day), to = a.value("to-" + day);
            if (!from.isEmpty() || !to.isEmpty()) {
                slots.add(Texts.page(lang, "day_" + day) + " " + Jalali.digits(from, lang) + "–"
                        + Jalali.digits(to, lang));
            }
        }
        rows.add(row(lang, "label_availability", slots.isEmpty() ? List.of(Texts.page(lang, "availability_none"))
                : slots, SignupStep.AVAILABILITY.href()));
        List<String> languages = FormLists.LANGUAGES.stream().filter(c -> a.checked("lang-" + c))
                .map(c -> Texts.page(lang, "language_" + c)).toList();
        rows.add(row(lang, "label_languages", List.of(String.join(lang.persian() ? "، " : ", ", languages)),
                SignupStep.PREFERENCES.href()));
        rows.add(row(lang, "label_maxTravelKm", List.of(Jalali.digits(a.value("maxTravelKm"), lang) + " "
                + Texts.page(lang, "unit_km")), SignupStep.PREFERENCES.href() + "#maxTravelKm"));
        rows.add(row(lang, "label_consentSms", List.of(Texts.page(lang, a.checked("consentSms") ? "yes" : "no")),
                SignupStep.CONSENT.href()));
        return rows;
    }

    private static SummaryRow row(Lang lang, String labelKey, List<String> lines, String changeHref) {
        return new SummaryRow(Texts.page(lang, labelKey), lines, changeHref);
    }
}
