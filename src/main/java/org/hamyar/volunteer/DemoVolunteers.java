package org.hamyar.volunteer;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Signs up a few made-up volunteers when the demo run starts on an empty database, through the real sign-up path,
 * so that the statistics and the volunteer endpoints have something to show. Off unless hamyar.demo.volunteers > 0.
 */
@ApplicationScoped
public class DemoVolunteers {

    private static final Logger LOG = Logger.getLogger(DemoVolunteers.class);
    private static final String[][] NAMES = {
            { "زهرا", "محمدی" }, { "علی", "رضایی" }, { "مریم", "حسینی" }, { "حسین", "کریمی" }, { "فاطمه", "احمدی" },
            { "رضا", "موسوی" }, { "نرگس", "جعفری" }, { "مهدی", "صادقی" }, { "سارا", "رحیمی" }, { "امیر", "نوری" } };
    private static final int[] NEIGHBOURHOODS = { 280101, 280102, 280103, 280106, 200101, 200201, 200301, 220101 };
    private static final String[] SKILLS = { "elderly-care", "counselling", "teaching", "legal-aid", "first-aid",
            "it-support", "elder-mediation", "vocational-training" };

    private static final int SEED = 100_000;

    private final int count;
    private final SignupService signups;
    private final Pool pool;
    private final PersonalDataCrypto crypto;

    DemoVolunteers(@ConfigProperty(name = "hamyar.demo.volunteers", defaultValue = "0") int count,
            SignupService signups, Pool pool, PersonalDataCrypto crypto) {
        this.count = count;
        this.signups = signups;
        this.pool = pool;
        this.crypto = crypto;
    }

    void onStart(@Observes StartupEvent start) {
        if (count <= 0) {
            return;
        }
        // Other demo data signs volunteers up too: look for this class's own first volunteer.
        pool.preparedQuery("SELECT count(*) FROM volunteer WHERE national_id_hmac = $1")
                .execute(Tuple.of(Buffer.buffer(crypto.hmac(madeUpNationalId(SEED)))))
                .map(rows -> rows.iterator().next().getLong(0))
                .onItem().transformToMulti(existing -> existing > 0
                        ? Multi.createFrom().empty()
                        : Multi.createFrom().range(0, count))
                .onItem().transformToUniAndConcatenate(i -> signups.signUp(volunteer(i), null))
                .collect().with(java.util.stream.Collectors.counting())
                .subscribe().with(
                        n -> LOG.infof("Demo data: %d volunteers signed up", n),
                        e -> LOG.warnf("Demo volunteers not created: %s", e.getMessage()));
    }

    private static SignupRequest volunteer(int i) {
        String[] name = NAMES[i % NAMES.length];
        List<SkillLevel> skills = List.of(new SkillLevel(SKILLS[i % SKILLS.length], 1 + i % 5),
                new SkillLevel(SKILLS[(i + 3) % SKILLS.length], 1 + (i + 2) % 5));
        return new SignupRequest(madeUpNationalId(SEED + i * 7919), String.format("0912%07d", 1_000_000 + i),
                name[0], name[1], LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? "FEMALE" : "MALE",
                NEIGHBOURHOODS[i % NEIGHBOURHOODS.length], skills,
                List.of(new AvailabilitySlot(i % 2 == 0 ? "SATURDAY" : "MONDAY", "16:00", "19:00")),
                List.of("fa"), 3 + i % 10, null, new Consent(true, i % 3 == 0));
    }

    /** A valid made-up national ID: nine digits and their check digit. */
    public static String madeUpNationalId(int seed) {
        String body = String.format("%09d", seed);
        return body + NationalId.checkDigit(body);
    }
}
