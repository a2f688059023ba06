package org.hamyar.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.campaign.CampaignStats.DayCount;
import org.hamyar.campaign.CampaignStats.ProvinceCount;
import org.hamyar.campaign.CampaignStats.SkillCount;
import org.hamyar.common.ApiException;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Campaign statistics without a hot row: sign-ups append to signup_event, and this job folds the events into
 * campaign_stat every interval. SKIP LOCKED lets several instances roll up side by side without counting an
 * event twice.
 */
@ApplicationScoped
public class CampaignStatsService {

    private static final Logger LOG = Logger.getLogger(CampaignStatsService.class);

    private static final String ROLL_UP = """
            WITH moved AS (
                DELETE FROM signup_event WHERE ctid = ANY (ARRAY(
                    SELECT ctid FROM signup_event LIMIT 50000 FOR UPDATE SKIP LOCKED))
                RETURNING campaign_id, province_code, day, skill_codes, delta
            ), agg AS (
                SELECT campaign_id, 'total' AS dimension, '' AS key, sum(delta) AS n FROM moved GROUP BY campaign_id
                UNION ALL
                SELECT campaign_id, 'province', province_code, sum(delta) FROM moved GROUP BY campaign_id, province_code
                UNION ALL
                SELECT campaign_id, 'day', day::text, sum(delta) FROM moved GROUP BY campaign_id, day
                UNION ALL
                SELECT m.campaign_id, 'skill', s.code, sum(m.delta)
                FROM moved m, unnest(m.skill_codes) AS s(code) GROUP BY m.campaign_id, s.code
            )
            INSERT INTO campaign_stat (campaign_id, dimension, key, count)
            SELECT campaign_id, dimension, key, n FROM agg
            ON CONFLICT (campaign_id, dimension, key) DO UPDATE SET count = campaign_stat.count + EXCLUDED.count
            """;

    private static final String READ = """
            SELECT c.id, s.dimension, s.key, s.count
            FROM campaign c LEFT JOIN campaign_stat s ON s.campaign_id = c.id
            WHERE c.id = $1
            """;

    private final Pool pool;
    private final AtomicReference<OffsetDateTime> lastRollUp = new AtomicReference<>();

    CampaignStatsService(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "${hamyar.stats.rollup-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> rollUp() {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        return pool.query(ROLL_UP).execute()
                .invoke(() -> lastRollUp.set(started))
                .onFailure().invoke(e -> LOG.warnf("Statistics roll-up failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public Uni<CampaignStats> stats(long campaignId) {
        return pool.preparedQuery(READ).execute(Tuple.of(campaignId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiException.notFound();
            }
            return toStats(campaignId, rows);
        });
    }

    private CampaignStats toStats(long campaignId, RowSet<Row> rows) {
        long total = 0;
        List<ProvinceCount> provinces = new ArrayList<>();
        List<SkillCount> skills = new ArrayList<>();
        List<DayCount> days = new ArrayList<>();
        for (Row row : rows) {
            String dimension = row.getString(1);
            if (dimension == null) {
                continue;
            }
            String key = row.getString(2);
            long count = row.getLong(3);
            switch (dimension) {
                case "total" -> total = count;
                case "province" -> provinces.add(new ProvinceCount(key, count));
                case "skill" -> skills.add(new SkillCount(key, count));
                case "day" -> days.add(new DayCount(LocalDate.parse(key), count));
                default -> LOG.warnf("Unknown statistics dimension %s", dimension);
            }
        }
        provinces.sort(Comparator.comparingLong(ProvinceCount::count).reversed()
                .thenComparing(ProvinceCount::provinceCode));
        skills.sort(Comparator.comparingLong(SkillCount::count).reversed().thenComparing(SkillCount::skillCode));
        days.sort(Comparator.comparing(DayCount::date));
        OffsetDateTime asOf = lastRollUp.get();
        return new CampaignStats(campaignId, total, asOf == null ? OffsetDateTime.now(ZoneOffset.UTC) : asOf,
                provinces, skills, days);
    }
}
