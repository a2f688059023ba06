package org.hamyar.web.citizen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.audit.AuditLog.AccessLogEntry;
import org.hamyar.common.PageRequest;
import org.hamyar.geo.GeoService;
import org.hamyar.matching.CandidateService;
import org.hamyar.matching.CandidateService.SuggestedNeed;
import org.hamyar.matching.MatchView;
import org.hamyar.matching.MatchWorkflow;
import org.hamyar.need.NeedService;
import org.hamyar.need.NeedView;
import org.hamyar.skill.SkillService;
import org.hamyar.volunteer.SelfService;
import org.hamyar.volunteer.VolunteerView;
import org.hamyar.web.FormLists;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext.Session;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** What "my page" shows, put together from the services the API's own {@code /me} endpoints use. */
@ApplicationScoped
public class MyPage {

    public record Overview(List<Row> profile, List<MatchCard> matches, List<SuggestionCard> suggestions,
            List<AccessRow> accessLog) {
    }

    public record Row(String label, String value, boolean ltr) {
    }

    /** {@code answerable}: an invitation (accept or decline); {@code leavable}: on the waitlist (decline). */
    public record MatchCard(UUID id, String title, String status, String detail, boolean answerable,
            boolean leavable) {
    }

    public record SuggestionCard(String title, String distance, String score, List<String> reasons) {
    }

    public record AccessRow(String at, String who, String action, String reason) {
    }

    private static final PageRequest MATCHES = new PageRequest(0, 50);
    private static final PageRequest ACCESS = new PageRequest(0, 50);

    private final SelfService self;
    private final MatchWorkflow matches;
    private final CandidateService candidates;
    private final NeedService needs;
    private final SkillService skills;
    private final GeoService geo;

    MyPage(SelfService self, MatchWorkflow matches, CandidateService candidates, NeedService needs,
            SkillService skills, GeoService geo) {
        this.self = self;
        this.matches = matches;
        this.candidates = candidates;
        this.needs = needs;
        this.skills = skills;
        this.geo = geo;
    }

    Uni<Overview> of(Session session, Lang lang) {
        UUID id = session.caller().volunteerId();
        return self.get(id).flatMap(v -> profile(v, lang).flatMap(profile -> matchCards(session, lang)
                .flatMap(cards -> candidates.suggestions(id, 5, lang.locale())
                        .flatMap(suggested -> self.accessLog(id, ACCESS).map(log -> new Overview(profile, cards,
                                suggested.needs().stream().map(n -> suggestion(n, lang)).toList(),
                                log.items().stream().map(e -> access(e, lang)).toList()))))));
    }

    private Uni<List<Row>> profile(VolunteerView v, Lang lang) {
        return geo.neighbourhood(v.neighbourhoodId()).flatMap(place -> skills.list().map(list -> {
            Map<String, String> names = new LinkedHashMap<>();
            list.items().forEach(s -> names.put(s.code(), FormLists.name(s.nameFa(), s.nameEn(), lang)));
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(Texts.page(lang, "label_nationalId"), v.nationalIdMasked(), true));
            rows.add(new Row(Texts.page(lang, "label_mobile"), v.mobileMasked(), true));
            rows.add(new Row(Texts.page(lang, "label_name"), v.firstName() + " " + v.lastName(), false));
            rows.add(new Row(Texts.page(lang, "label_birth_date"), Jalali.date(v.birthDate(), lang), false));
            rows.add(new Row(Texts.page(lang, "label_neighbourhoodId"), place.map(n -> FormLists.name(n.nameFa(),
                    n.nameEn(), lang)).orElse(""), false));
            rows.add(new Row(Texts.page(lang, "label_skills"), String.join(lang.persian() ? "، " : ", ", v.skills()
                    .stream().map(s -> names.getOrDefault(s.code(), s.code()) + " (" + Texts.page(lang, "level_"
                            + s.level()) + ")")
                    .toList()), false));
            List<String> slots = v.availability().stream().map(s -> Texts.page(lang, "day_" + s.day()) + " "
                    + Jalali.digits(s.from(), lang) + "–" + Jalali.digits(s.to(), lang)).toList();
            rows.add(new Row(Texts.page(lang, "label_availability"), slots.isEmpty() ? Texts.page(lang,
                    "availability_none") : String.join(lang.persian() ? "، " : ", ", slots), false));
            rows.add(new Row(Texts.page(lang, "label_languages"), String.join(lang.persian() ? "، " : ", ",
                    v.languages().stream().map(l -> Texts.page(lang, "language_" + l)).toList()), false));
            rows.add(new Row(Texts.page(lang, "label_maxTravelKm"), Jalali.number(v.maxTravelKm(), lang) + " "
                    + Texts.page(lang, "unit_km"), false));
            rows.add(new Row(Texts.page(lang, "label_consentSms"), Texts.page(lang, v.consent().sms() ? "yes"
                    : "no"), false));
            return rows;
        }));
    }

    private Uni<List<MatchCard>> matchCards(Session session, Lang lang) {
        return matches.ofVolunteer(session.caller().volunteerId(), MATCHES, lang.locale())
                .flatMap(page -> Multi.createFrom().iterable(page.items()).onItem()
                        .transformToUniAndConcatenate(m -> needs.get(m.needId(), session.caller())
                                .map(n -> card(m, n, lang)))
                        .collect().asList());
    }

    private static MatchCard card(MatchView m, NeedView need, Lang lang) {
        String title = need.title() == null ? Texts.page(lang, "need_hidden_title") : need.title();
        String detail = switch (m.status()) {
            case "WAITLISTED" -> Texts.page(lang, "match_waitlist_position").replace("{n}",
                    Jalali.number(m.waitlistPosition() == null ? 0 : m.waitlistPosition(), lang));
            case "INVITED" -> Texts.page(lang, "match_invited_detail");
            case "COMPLETED" -> m.hoursServed() == null ? ""
                    : Texts.page(lang, "match_hours").replace("{n}",
                            Jalali.digits(String.valueOf(m.hoursServed()), lang));
            default -> Jalali.dateTime(m.statusChangedAt(), lang);
        };
        return new MatchCard(m.id(), title, Texts.page(lang, "status_" + m.status()), detail,
                "INVITED".equals(m.status()), "WAITLISTED".equals(m.status()));
    }

    private static SuggestionCard suggestion(SuggestedNeed n, Lang lang) {
        String title = n.need().title() == null ? Texts.page(lang, "need_hidden_title") : n.need().title();
        String distance = n.distanceKm() == null ? Texts.page(lang, "distance_hidden")
                : Jalali.digits(String.format(java.util.Locale.ROOT, "%.1f", n.distanceKm()), lang) + " "
                        + Texts.page(lang, "unit_km");
        return new SuggestionCard(title, distance, Jalali.number(Math.round(n.score() * 100), lang) + "٪",
                n.reasons().stream().map(r -> r.explanation()).toList());
    }

    private static AccessRow access(AccessLogEntry e, Lang lang) {
        String who = e.actorName() == null ? "" : e.actorName();
        if (e.organisationName() != null) {
            who = who + " (" + e.organisationName() + ")";
        }
        return new AccessRow(Jalali.dateTime(e.at(), lang), who, Texts.page(lang, "action_" + e.action().replace('.', '_')),
                e.reason() == null ? "" : e.reason());
    }
}
