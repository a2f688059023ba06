package org.hamyar.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.Tehran;
import org.hamyar.matching.CandidateRepository.NearbyNeed;
import org.hamyar.matching.MatchScoring.Score;
import org.hamyar.security.Caller;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Finds and ranks: volunteers for a need (staff), open needs and centres for a volunteer (the volunteer). */
@ApplicationScoped
public class CandidateService {

    public record CandidateView(VolunteerSummary volunteer, double score, double distanceKm,
            List<ScoreReason> reasons) {
    }

    public record CandidateList(UUID needId, List<CandidateView> items) {
    }

    public record NeedSummary(UUID id, String title, UUID centreId, Integer neighbourhoodId, String priority,
            LocalDate startsOn, LocalDate endsOn, int volunteersNeeded, boolean sensitive) {
    }

    public record SuggestedNeed(NeedSummary need, double score, Double distanceKm, List<ScoreReason> reasons) {
    }

    public record SuggestedCentre(UUID id, String nameFa, int neighbourhoodId, double distanceKm, int openNeeds,
            double bestScore) {
    }

    public record Suggestions(List<SuggestedNeed> needs, List<SuggestedCentre> centres) {
    }

    /** A nearby need with the volunteer's score for it. */
    record Fit(NearbyNeed need, Score score) {
    }

    /** How many of the nearest holders of each skill are ranked: enough that the best of them are rarely missed. */
    static int poolPerSkill(int limit) {
        return Math.max(100, limit * 5);
    }

    /** The suggestion query looks at this many open needs nearest the volunteer before ranking. */
    private static final int NEARBY_NEEDS = 300;

    private final CandidateRepository repository;

    CandidateService(CandidateRepository repository) {
        this.repository = repository;
    }

    public Uni<CandidateList> candidates(UUID needId, int limit, Caller caller, Locale locale) {
        return managedNeed(repository.pool(), needId, caller, false)
                .flatMap(need -> rank(repository.pool(), need, limit))
                .map(ranked -> new CandidateList(needId, ranked.stream().map(c -> new CandidateView(c.summary(),
                        c.score().total(), round(c.profile().km()), Explanations.of(c.score().components(), locale)))
                        .toList()));
    }

    /** 404 for an unknown need; 403 unless the caller's organisation owns it and their region covers it. */
    Uni<NeedFacts> managedNeed(SqlClient client, UUID needId, Caller caller, boolean lock) {
        return repository.need(client, needId, lock).map(found -> {
            NeedFacts need = found.orElseThrow(ApiException::notFound);
            if (!caller.mayManage(need.owner().organisationId(), need.owner().provinceCode(),
                    need.owner().countyId())) {
                throw ApiException.forbidden();
            }
            return need;
        });
    }

    /** The pool from the database, scored here, best first (nearer first on a tie). */
    Uni<List<Candidate>> rank(SqlClient client, NeedFacts need, int limit) {
        return repository.pool(client, need.id(), poolPerSkill(limit)).map(pool -> pool.stream()
                .map(c -> c.scored(MatchScoring.score(need.profile(), c.profile())))
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score().total())
                        .thenComparingDouble(c -> c.profile().km()))
                .limit(limit).toList());
    }

    public Uni<Suggestions> suggestions(UUID volunteerId, int limit, Locale locale) {
        return bestNeeds(repository.pool(), volunteerId, limit).map(fits -> {
            List<SuggestedNeed> needs = fits.stream().map(f -> suggested(f, locale)).toList();
            return new Suggestions(needs, centres(fits));
        });
    }

    /**
     * The open needs that fit the volunteer best: within their travel range, asking for at least one skill they
     * have. 404 when the volunteer is gone (erased).
     */
    Uni<List<Fit>> bestNeeds(SqlClient client, UUID volunteerId, int limit) {
        return repository.volunteer(client, volunteerId, null, null).flatMap(found -> {
            Candidate me = found.orElseThrow(ApiException::notFound);
            return repository.openNeedsNear(client, volunteerId, NEARBY_NEEDS, LocalDate.now(Tehran.ZONE))
                    .map(nearby -> {
                        List<Fit> fits = new ArrayList<>();
                        for (NearbyNeed n : nearby) {
                            var profile = new MatchScoring.VolunteerProfile(me.profile().skills(),
                                    me.profile().availability(), me.profile().languages(), n.km(),
                                    me.profile().maxTravelKm(), me.profile().commitments());
                            if (n.profile().skills().stream().anyMatch(r -> profile.skills().containsKey(r.code()))) {
                                fits.add(new Fit(n, MatchScoring.score(n.profile(), profile)));
                            }
                        }
                        fits.sort(Comparator.comparingDouble((Fit f) -> -f.score().total())
                                .thenComparingDouble(f -> f.need().km()));
                        return fits.stream().limit(limit).toList();
                    });
        });
    }

    /** The centres of the suggested needs, best fit first. */
    private static List<SuggestedCentre> centres(List<Fit> fits) {
        Map<UUID, SuggestedCentre> byCentre = new LinkedHashMap<>();
        for (Fit f : fits) {
            NearbyNeed n = f.need();
            if (n.sensitive()) {
                continue;
            }
            byCentre.merge(n.centreId(), new SuggestedCentre(n.centreId(), n.centreName(), n.neighbourhoodId(),
                    round(n.km()), 1, f.score().total()),
                    (a, b) -> new SuggestedCentre(a.id(), a.nameFa(),
                            a.neighbourhoodId(), a.distanceKm(), a.openNeeds() + 1, Math.max(a.bestScore(), b.bestScore())));
        }
        return byCentre.values().stream().sorted(Comparator.comparingDouble(c -> -c.bestScore())).toList();
    }

    /**
     * Sensitive needs keep their title, centre and neighbourhood hidden, as they are from the public; their distance
     * goes too, since distances from a few volunteers' homes would place the centre.
     */
    private static SuggestedNeed suggested(Fit f, Locale locale) {
        NearbyNeed n = f.need();
        boolean hidden = n.sensitive();
        NeedSummary summary = new NeedSummary(n.id(), hidden ? null : n.title(), hidden ? null : n.centreId(),
                hidden ? null : n.neighbourhoodId(), n.priority(), n.startsOn(), n.endsOn(), n.volunteersNeeded(),
                hidden);
        List<ScoreReason> reasons = Explanations.of(f.score().components(), locale).stream()
                .filter(r -> !hidden || !r.component().equals("distance")).toList();
        return new SuggestedNeed(summary, f.score().total(), hidden ? null : round(n.km()), reasons);
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
