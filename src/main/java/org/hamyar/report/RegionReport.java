package org.hamyar.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.security.Caller;
import org.hamyar.security.Region;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A staff member's region in figures: who signed up there (by day, county and skill), and how their organisation's
 * needs there are doing (matches by state, open and filled needs, hours served, time to the first review).
 * Aggregates only: nobody can be picked out of them.
 */
@ApplicationScoped
public class RegionReport {

    public record Count(String key, long count) {
    }

    public record Dashboard(long signups, List<Count> signupsByDay, List<Count> signupsByCounty,
            List<Count> signupsBySkill, List<Count> matchesByState, long openNeeds, long filledNeeds,
            double hoursServed, Double medianHoursToFirstReview, long reviewed) {
    }

    /** One line of the matches export: no national ID, no mobile, the volunteer only as first name and initial. */
    public record MatchLine(String matchId, String needId, String needTitle, String centre, String volunteer,
            String status, String origin, double score, OffsetDateTime proposedAt, OffsetDateTime changedAt,
            Double hoursServed) {
    }

    private static final int DAYS = 30;

    /** Volunteers living in the region: $1 province, $2 county. */
    private static final String RESIDENTS = """
            FROM volunteer v JOIN neighbourhood nb ON nb.id = v.neighbourhood_id JOIN county co ON co.id = nb.county_id
            WHERE (co.province_code = $1 OR co.id = $2)""";

    /** Matches on the organisation's needs at centres in the region: $1 province, $2 county, $3 organisation. */
    private static final String OWN_MATCHES_FROM = """
            FROM match m JOIN need n ON n.id = m.need_id JOIN centre c ON c.id = n.centre_id
                 JOIN neighbourhood nb ON nb.id = c.neighbourhood_id JOIN county co ON co.id = nb.county_id""";
    private static final String OWN_WHERE = " WHERE c.organisation_id = $3 AND (co.province_code = $1 OR co.id = $2)";
    private static final String OWN_MATCHES = OWN_MATCHES_FROM + OWN_WHERE;

    private static final String OWN_NEEDS = """
            FROM need n JOIN centre c ON c.id = n.centre_id
                 JOIN neighbourhood nb ON nb.id = c.neighbourhood_id JOIN county co ON co.id = nb.county_id
            WHERE c.organisation_id = $3 AND (co.province_code = $1 OR co.id = $2)""";

    private final Pool pool;

    RegionReport(Pool pool) {
        this.pool = pool;
    }

    public Uni<Dashboard> dashboard(Caller caller) {
        Tuple where = where(caller);
        String sql = """
                SELECT 'total' AS dim, '' AS key, count(*)::float8 AS n %1$s
                UNION ALL
                SELECT 'day', to_char((v.created_at AT TIME ZONE 'Asia/Tehran')::date, 'YYYY-MM-DD'), count(*)
                %1$s AND v.created_at > now() - make_interval(days => %4$d) GROUP BY 2
                UNION ALL
                SELECT 'county', co.id::text, count(*) %1$s GROUP BY 2
                UNION ALL
                SELECT 'skill', s.skill_code, count(*) FROM volunteer_skill s JOIN volunteer v ON v.id = s.volunteer_id
                    JOIN neighbourhood nb ON nb.id = v.neighbourhood_id JOIN county co ON co.id = nb.county_id
                    WHERE (co.province_code = $1 OR co.id = $2) GROUP BY 2
                UNION ALL
                SELECT 'state', m.status, count(*) %2$s GROUP BY 2
                UNION ALL
                SELECT 'need', n.status, count(*) %3$s GROUP BY 2
                UNION ALL
                SELECT 'hours', '', coalesce(sum(m.hours_served), 0)::float8 %2$s AND m.status = 'COMPLETED'
                UNION ALL
                SELECT 'review', 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.waited))
                FROM (SELECT (SELECT min(t.at) FROM match_transition t WHERE t.match_id = m.id AND t.from_status = 'PROPOSED')
                             - m.created_at AS waited %2$s) r WHERE r.waited IS NOT NULL
                UNION ALL
                SELECT 'review', 'count', count(*) FROM match_transition t JOIN match m ON m.id = t.match_id
                    JOIN need n ON n.id = m.need_id JOIN centre c ON c.id = n.centre_id
                    JOIN neighbourhood nb ON nb.id = c.neighbourhood_id JOIN county co ON co.id = nb.county_id
                    WHERE c.organisation_id = $3 AND (co.province_code = $1 OR co.id = $2) AND t.from_status = 'PROPOSED'
                """.formatted(RESIDENTS, OWN_MATCHES, OWN_NEEDS, DAYS);
        return pool.preparedQuery(sql).execute(where).map(rows -> {
            long total = 0;
            long open = 0;
            long filled = 0;
            double hours = 0;
            Double median = null;
            long reviewed = 0;
            List<Count> days = new ArrayList<>(), counties = new ArrayList<>(), skills = new ArrayList<>(),
                    states = new ArrayList<>();
            for (Row r : rows) {
                String dim = r.getString(0);
                String key = r.getString(1);
                Double n = r.getDouble(2);
                switch (dim) {
                    case "total" -> total = n.longValue();
                    case "day" -> days.add(new Count(key, n.longValue()));
                    case "county" -> counties.add(new Count(key, n.longValue()));
                    case "skill" -> skills.add(new Count(key, n.longValue()));
                    case "state" -> states.add(new Count(key, n.longValue()));
                    case "need" -> {
                        if ("OPEN".equals(key)) {
                            open = n.longValue();
                        } else if ("FILLED".equals(key)) {
                            filled = n.longValue();
                        }
                    }
                    case "hours" -> hours = n;
                    case "review" -> {
                        if ("median".equals(key)) {
                            median = n == null ? null : n / 3600.0;
                        } else {
                            reviewed = n.longValue();
                        }
                    }
                    default -> {
                    }
                }
            }
            days.sort((a, b) -> a.key().compareTo(b.key()));
            counties.sort((a, b) -> Long.compare(b.count(), a.count()));
            skills.sort((a, b) -> Long.compare(b.count(), a.count()));
            return new Dashboard(total, days, counties, skills, states, open, filled, hours, median, reviewed);
        });
    }

    /** Every match on the organisation's needs in the region, newest first, for the CSV export. */
    public Uni<List<MatchLine>> matches(Caller caller) {
        String sql = """
                SELECT m.id::text, n.id::text, n.title, c.name_fa,
                       v.first_name || CASE WHEN v.last_name IS NULL OR v.last_name = '' THEN ''
                                            ELSE ' ' || left(v.last_name, 1) || '.' END,
                       m.status, m.origin, m.score, m.created_at, m.status_changed_at, m.hours_served::float8
                %s JOIN volunteer v ON v.id = m.volunteer_id %s
                ORDER BY m.created_at DESC, m.id
                """.formatted(OWN_MATCHES_FROM, OWN_WHERE);
        return pool.preparedQuery(sql).execute(where(caller)).map(rows -> {
            List<MatchLine> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new MatchLine(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getDouble(7), r.getOffsetDateTime(8),
                        r.getOffsetDateTime(9), r.getDouble(10)));
            }
            return out;
        });
    }

    private static Tuple where(Caller caller) {
        Region region = caller.region();
        if (!caller.isStaff() || caller.organisationId() == null || region == null) {
            throw ApiException.forbidden();
        }
        return Tuple.of(region.provinceCode(), region.countyId(), caller.organisationId());
    }

}
