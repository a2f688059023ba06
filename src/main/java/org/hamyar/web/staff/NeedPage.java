package org.hamyar.web.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.hamyar.matching.CandidateService;
import org.hamyar.matching.MatchStatus;
import org.hamyar.matching.MatchView;
import org.hamyar.matching.MatchWorkflow;
import org.hamyar.need.NeedService;
import org.hamyar.need.NeedView;
import org.hamyar.web.Form;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext.Session;
import org.hamyar.web.staff.ScoreBars.Bar;

import io.smallrye.mutiny.Uni;

/** A need's page as the console shows it: its facts, its matches by state with their moves and histories, candidates. */
@ApplicationScoped
class NeedPage {

    /** The order the need's page shows its matches in: the workflow's. */
    private static final List<String> STATES = List.of("PROPOSED", "APPROVED", "INVITED", "ACCEPTED", "WAITLISTED",
            "ACTIVE", "COMPLETED", "REJECTED", "DECLINED", "CANCELLED", "NO_SHOW");

    public record NeedRow(UUID id, String title, String centre, String status, String priority, String volunteers,
            String period, String href) {
    }

    public record Fact(String label, String value) {
    }

    public record MatchGroup(String state, String label, String count, List<MatchItem> matches) {
    }

    public record MatchItem(UUID id, String volunteer, String volunteerHref, String score, List<Bar> bars,
            String detail, List<HistoryLine> history, List<Move> moves) {
    }

    public record HistoryLine(String at, String who, String move, String reason) {
    }

    public record Move(String to, String label, boolean needsReason, boolean needsHours, boolean warning) {
    }

    public record CandidateRow(UUID volunteerId, String volunteer, String volunteerHref, String place,
            String distance, String score, List<Bar> bars) {
    }

    private final StaffSession staff;
    private final NeedService needs;
    private final MatchWorkflow workflow;
    private final CandidateService candidates;
    private final ConsoleChoices choices;

    NeedPage(StaffSession staff, NeedService needs, MatchWorkflow workflow, CandidateService candidates,
            ConsoleChoices choices) {
        this.staff = staff;
        this.needs = needs;
        this.workflow = workflow;
        this.candidates = candidates;
        this.choices = choices;
    }

    Uni<Response> show(Session s, UUID needId, Form form, String notice) {
        Lang lang = staff.lang();
        return owned(s, needId).flatMap(n -> choices.of(s.caller(), lang).flatMap(c -> workflow.ofNeed(needId,
                s.caller(), lang.locale()).flatMap(
                        matches -> ("OPEN".equals(n.status())
                                ? candidates.candidates(needId, 10, s.caller(), lang.locale()).map(l -> l.items())
                                : Uni.createFrom().item(List.<CandidateService.CandidateView> of())).map(cands -> {
                                    List<MatchGroup> groups = groups(matches, c, lang);
                                    List<CandidateRow> rows = cands.stream().map(cv -> new CandidateRow(cv.volunteer().id(),
                                            cv.volunteer().displayName(), "/staff/volunteers/" + cv.volunteer().id(),
                                            cv.volunteer().neighbourhoodId() == null ? ""
                                                    : c.place(cv.volunteer()
                                                            .neighbourhoodId()),
                                            Jalali.digits(String.format(Locale.ROOT, "%.1f", cv.distanceKm()), lang) + " "
                                                    + Texts.page(lang, "unit_km"),
                                            ScoreBars.percent(cv.score(), lang), ScoreBars.of(cv.reasons(), lang))).toList();
                                    return StaffSession
                                            .ok(NeedPages.Templates.need(staff.page("need_title", n.title()), row(n, c, lang),
                                                    facts(n, c, lang), groups, rows, form,
                                                    notice == null ? null : Texts.page(lang, "notice_" + notice)), lang);
                                }))));
    }

    private List<MatchGroup> groups(List<MatchView> matches, ConsoleChoices.Lists c, Lang lang) {
        Map<String, List<MatchItem>> byState = new LinkedHashMap<>();
        STATES.forEach(st -> byState.put(st, new ArrayList<>()));
        for (MatchView m : matches) {
            MatchStatus status = MatchStatus.valueOf(m.status());
            List<Move> moves = status.staffMoves().stream().map(to -> new Move(to.name(), Texts.page(lang,
                    "move_" + to.name()), to.needsReason(), to.needsHours(), to.needsReason())).toList();
            List<HistoryLine> history = m.history() == null ? List.of()
                    : m.history().stream().map(t -> new HistoryLine(
                            Jalali.dateTime(t.at(), lang), t.actor().name() == null ? Texts.page(lang, "actor_" + t.actor()
                                    .kind()) : t.actor().name(),
                            (t.from() == null ? "" : Texts.page(lang, "status_" + t.from()) + " → ") + Texts.page(lang,
                                    "status_" + t.to())
                                    + (t.hours() == null ? ""
                                            : " (" + Texts.page(lang, "match_hours",
                                                    Jalali.digits(String.valueOf(t.hours()), lang)) + ")"),
                            t.reason() == null ? "" : t.reason())).toList();
            String detail = "WAITLISTED".equals(m.status()) && m.waitlistPosition() != null ? Texts.page(lang,
                    "match_waitlist_position", Jalali.number(m.waitlistPosition(), lang)) : "";
            byState.get(m.status()).add(new MatchItem(m.id(), m.volunteer().displayName() == null ? Texts.page(lang,
                    "volunteer_erased") : m.volunteer().displayName(), "/staff/volunteers/" + m.volunteer().id(),
                    ScoreBars.percent(m.score(), lang), ScoreBars.of(m.reasons(), lang), detail, history, moves));
        }
        List<MatchGroup> out = new ArrayList<>();
        byState.forEach((state, items) -> {
            if (!items.isEmpty()) {
                out.add(new MatchGroup(state, Texts.page(lang, "status_" + state), Jalali.number(items.size(), lang),
                        items));
            }
        });
        return out;
    }

    private static List<Fact> facts(NeedView n, ConsoleChoices.Lists c, Lang lang) {
        List<Fact> out = new ArrayList<>();
        out.add(new Fact(Texts.page(lang, "label_need_centreId"), n.centreId() == null ? "" : c.centre(n.centreId())));
        out.add(new Fact(Texts.page(lang, "label_need_targetGroup"), Texts.page(lang, "group_" + n.targetGroup())));
        out.add(new Fact(Texts.page(lang, "label_need_skills"), String.join(lang.persian() ? "، " : ", ",
                n.skills().stream().map(s -> c.skill(s.code()) + " ≥ " + Texts.page(lang, "level_" + s.minLevel()))
                        .toList())));
        out.add(new Fact(Texts.page(lang, "label_need_slots"), String.join(lang.persian() ? "، " : ", ",
                n.weeklySlots().stream().map(s -> Texts.page(lang, "day_" + s.day()) + " " + Jalali.digits(s.from(),
                        lang) + "–" + Jalali.digits(s.to(), lang)).toList())));
        out.add(new Fact(Texts.page(lang, "label_need_sensitive"), Texts.page(lang, n.sensitive() ? "yes" : "no")));
        if (n.description() != null && !n.description().isBlank()) {
            out.add(new Fact(Texts.page(lang, "label_need_description"), n.description()));
        }
        return out;
    }

    static NeedRow row(NeedView n, ConsoleChoices.Lists c, Lang lang) {
        String period = n.startsOn() == null && n.endsOn() == null ? ""
                : Jalali.date(n.startsOn(), lang) + " – " + Jalali.date(n.endsOn(), lang);
        return new NeedRow(n.id(), n.title(), n.centreId() == null ? "" : c.centre(n.centreId()),
                Texts.page(lang, "need_status_" + n.status()), Texts.page(lang, "priority_" + n.priority()),
                Texts.page(lang, "volunteers_needed", Jalali.number(n.volunteersNeeded(), lang)), period,
                "/staff/needs/" + n.id());
    }

    /** The need, if the staff member's organisation runs it in their region: 403 for another's, 404 unknown. */
    Uni<NeedView> owned(Session s, UUID needId) {
        return needs.managed(needId, s.caller());
    }
}
