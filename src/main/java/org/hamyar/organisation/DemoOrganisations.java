package org.hamyar.organisation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.auth.PasswordHasher;
import org.hamyar.centre.CentreRequest;
import org.hamyar.centre.CentreService;
import org.hamyar.common.Actor;
import org.hamyar.common.Digests;
import org.hamyar.common.TimeOrderedIds;
import org.hamyar.common.WeeklySlot;
import org.hamyar.need.NeedService;
import org.hamyar.volunteer.SignupService;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Creates made-up organisations, their staff accounts, a partner app, centres and needs when the demo run starts on
 * an empty database, so that log-in, centres and needs can be tried at once. Off unless hamyar.demo.organisations is
 * true. The password and the client secret are demo values, printed in the README; they are never logged.
 */
@ApplicationScoped
public class DemoOrganisations {

    private static final Logger LOG = Logger.getLogger(DemoOrganisations.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Every demo staff account's password (README). */
    static final String DEMO_PASSWORD = "Hamyar-demo-1403";
    static final String PARTNER_CLIENT_ID = "qazvin-ngo-app";
    /** The demo partner app's client secret (README). */
    static final String PARTNER_SECRET = "demo-secret-qazvin-ngo";

    record Organisation(String code, String kind, String nameFa, String nameEn) {
    }

    /** Exactly one of province and county is set: the region the account acts in. */
    record Staff(String username, String organisation, String displayName, String province, Integer county) {
    }

    record Centre(String key, String organisation, String type, String nameFa, String nameEn, String address,
            int neighbourhoodId, double lat, double lon, Integer capacity, List<WeeklySlot> openingHours, String phone,
            String email) {
    }

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("behzisti-tehran", "WELFARE_OFFICE", "اداره کل بهزیستی استان تهران",
                    "Tehran Province Welfare Office"),
            new Organisation("behzisti-mazandaran", "WELFARE_OFFICE", "اداره کل بهزیستی استان مازندران",
                    "Mazandaran Province Welfare Office"),
            new Organisation("qazvin-ngo", "NGO", "جمعیت همیاران محله قزوین",
                    "Qazvin Neighbourhood Helpers Society"),
            new Organisation("tehran-municipality-16", "MUNICIPALITY", "شهرداری منطقه ۱۶ تهران",
                    "Tehran Municipality, Region 16"));

    static final List<Staff> STAFF = List.of(
            new Staff("facilitator.tehran", "behzisti-tehran", "مریم احمدی", "28", null),
            new Staff("staff.region16", "tehran-municipality-16", "حسن کریمی", null, 2801),
            new Staff("facilitator.sari", "behzisti-mazandaran", "فاطمه رحیمی", null, 2001),
            new Staff("ngo.qazvin", "qazvin-ngo", "علی نوری", "22", null));

    static final List<Centre> CENTRES = List.of(
            new Centre("nazi-abad-positive-life", "behzisti-tehran", "POSITIVE_LIFE_CENTRE",
                    "مرکز مثبت زندگی نازی‌آباد", "Nazi Abad Positive Life Centre",
                    "تهران، منطقه ۱۶، نازی‌آباد، نزدیک بازار نازی‌آباد", 280103, 35.6384, 51.3996, 40,
                    DemoNeeds.slots("SATURDAY", "09:00", "13:00", "MONDAY", "09:00", "13:00", "WEDNESDAY", "16:00",
                            "19:00"),
                    "+982155001234", null),
            new Centre("narmak-treatment", "behzisti-tehran", "TREATMENT_CENTRE",
                    "مرکز درمان سرپایی اعتیاد نارمک", "Narmak Outpatient Addiction Treatment Centre",
                    "تهران، منطقه ۸، نارمک، نزدیک میدان هفت‌حوض", 280106, 35.7436, 51.5061, 25,
                    DemoNeeds.slots("SATURDAY", "08:00", "14:00", "SUNDAY", "08:00", "14:00", "TUESDAY", "08:00",
                            "14:00"),
                    "+982177001234", null),
            new Centre("khazaneh-hall", "tehran-municipality-16", "MOSQUE_OR_COMMUNITY_HALL",
                    "سرای محله خزانه", "Khazaneh Neighbourhood House",
                    "تهران، منطقه ۱۶، خزانه، بلوار اصلی محله", 280101, 35.6226, 51.3884, 120,
                    DemoNeeds.slots("SATURDAY", "08:00", "20:00", "SUNDAY", "08:00", "20:00", "TUESDAY", "08:00",
                            "20:00"),
                    "+982155012345", null),
            new Centre("javadieh-shelter", "tehran-municipality-16", "SHELTER",
                    "گرمخانه جوادیه", "Javadieh Night Shelter",
                    "تهران، منطقه ۱۶، جوادیه، نزدیک ایستگاه راه‌آهن", 280102, 35.6305, 51.4093, 60,
                    DemoNeeds.slots("SATURDAY", "17:00", "23:00", "SUNDAY", "17:00", "23:00", "MONDAY", "17:00",
                            "23:00", "TUESDAY", "17:00", "23:00", "WEDNESDAY", "17:00", "23:00", "THURSDAY",
                            "17:00", "23:00", "FRIDAY", "17:00", "23:00"),
                    "+982155023456", null),
            new Centre("pahneh-kola-facilitation", "behzisti-mazandaran", "FACILITATION_CENTRE",
                    "دفتر تسهیلگری محله پهنه‌کلا", "Pahneh Kola Neighbourhood Facilitation Office",
                    "ساری، پهنه‌کلا، جنب خانه بهداشت", 200103, 36.5456, 53.0643, 30,
                    DemoNeeds.slots("SATURDAY", "09:00", "13:00", "MONDAY", "09:00", "13:00", "WEDNESDAY", "09:00",
                            "13:00"),
                    "+981133001234", null),
            new Centre("hadiabad-ngo-office", "qazvin-ngo", "NGO_OFFICE",
                    "دفتر جمعیت همیاران محله در هادی‌آباد", "Neighbourhood Helpers Society, Hadiabad office",
                    "قزوین، هادی‌آباد، خیابان اصلی", 220111, 36.2526, 49.9858, 20,
                    DemoNeeds.slots("SUNDAY", "10:00", "16:00", "TUESDAY", "10:00", "16:00", "THURSDAY", "09:00",
                            "13:00"),
                    "+982833001234", "hadiabad@example.org"));

    private static final String INSERT_ORGANISATION = "INSERT INTO organisation (code, kind, name_fa, name_en) VALUES ($1, $2, $3, $4)";
    private static final String INSERT_STAFF = """
            INSERT INTO staff_account (id, organisation_id, username, display_name, password_hash, region_province,
                                       region_county)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """;
    private static final String INSERT_PARTNER = """
            INSERT INTO partner_client (client_id, organisation_id, name, secret_sha256, scopes, region_province)
            VALUES ($1, $2, $3, $4, ARRAY['needs:write', 'centres:write'], $5)
            """;
    /** Who the audit trail names for the demo's centres and needs. */
    private static final Actor DEMO = new Actor(Actor.Kind.SYSTEM, "demo", "داده نمایشی", null);

    private final boolean enabled;
    private final Pool pool;
    private final PasswordHasher hasher;
    private final CentreService centres;
    private final NeedService needs;
    private final SignupService signups;

    DemoOrganisations(@ConfigProperty(name = "hamyar.demo.organisations", defaultValue = "false") boolean enabled,
            Pool pool, PasswordHasher hasher, CentreService centres, NeedService needs, SignupService signups) {
        this.signups = signups;
        this.enabled = enabled;
        this.pool = pool;
        this.hasher = hasher;
        this.centres = centres;
        this.needs = needs;
    }

    /** Runs on the main thread, which may block: the Argon2 hashing and the awaits are fine here. */
    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        try {
            long existing = pool.query("SELECT count(*) FROM organisation").execute()
                    .map(rows -> rows.iterator().next().getLong(0))
                    .await().atMost(WAIT);
            if (existing > 0) {
                LOG.infof("Demo organisations not created: %d organisations already exist", existing);
                return;
            }
            Map<String, String> hashes = new HashMap<>();
            for (Staff s : STAFF) {
                hashes.put(s.username(), hasher.hash(DEMO_PASSWORD));
            }
            byte[] secret = Digests.sha256(PARTNER_SECRET.getBytes(StandardCharsets.UTF_8));
            Map<String, UUID> centreIds = new LinkedHashMap<>();
            CENTRES.forEach(c -> centreIds.put(c.key(), TimeOrderedIds.next()));
            int needCount = pool.withTransaction(conn -> conn.preparedQuery(INSERT_ORGANISATION)
                    .executeBatch(organisationRows())
                    .flatMap(x -> conn.query("SELECT code, id FROM organisation").execute())
                    .map(DemoOrganisations::idsByCode)
                    .flatMap(orgIds -> conn.preparedQuery(INSERT_STAFF)
                            .executeBatch(staffRows(orgIds, hashes))
                            .flatMap(x -> conn.preparedQuery(INSERT_PARTNER).execute(Tuple.of(
                                    PARTNER_CLIENT_ID, orgIds.get("qazvin-ngo"),
                                    "سامانه همیاران محله قزوین", Buffer.buffer(secret), "22")))
                            .flatMap(x -> Multi.createFrom().iterable(CENTRES).onItem()
                                    .transformToUniAndConcatenate(c -> centres.add(conn, centreIds.get(c.key()),
                                            required(orgIds, c.organisation()), centreRequest(c), DEMO))
                                    .collect().last())
                            .flatMap(x -> DemoNeeds.insert(conn, needs, centreIds, DEMO))))
                    .await().atMost(WAIT);
            Map<String, Integer> neighbourhoods = new HashMap<>();
            CENTRES.forEach(c -> neighbourhoods.put(c.key(), c.neighbourhoodId()));
            int volunteers = DemoNeedVolunteers.signUp(signups, neighbourhoods).await().atMost(WAIT);
            LOG.infof("Demo data: %d organisations, %d staff accounts, 1 partner app, %d centres, %d needs and %d "
                    + "volunteers who fit them", ORGANISATIONS.size(), STAFF.size(), CENTRES.size(), needCount,
                    volunteers);
        } catch (RuntimeException e) {
            LOG.warnf("Demo organisations not created: %s", e.getMessage());
        }
    }

    private static List<Tuple> organisationRows() {
        List<Tuple> rows = new ArrayList<>();
        for (Organisation o : ORGANISATIONS) {
            rows.add(Tuple.of(o.code(), o.kind(), o.nameFa(), o.nameEn()));
        }
        return rows;
    }

    private static Map<String, Long> idsByCode(RowSet<Row> rows) {
        Map<String, Long> ids = new HashMap<>();
        for (Row r : rows) {
            ids.put(r.getString(0), r.getLong(1));
        }
        return ids;
    }

    private static List<Tuple> staffRows(Map<String, Long> orgIds, Map<String, String> hashes) {
        List<Tuple> rows = new ArrayList<>();
        for (Staff s : STAFF) {
            List<Object> values = Arrays.asList(TimeOrderedIds.next(), required(orgIds, s.organisation()),
                    s.username(), s.displayName(), hashes.get(s.username()), s.province(), s.county());
            rows.add(Tuple.from(values));
        }
        return rows;
    }

    private static CentreRequest centreRequest(Centre c) {
        return new CentreRequest(c.type(), c.nameFa(), c.nameEn(), c.address(), c.neighbourhoodId(), c.lat(), c.lon(),
                c.capacity(), c.openingHours(), new CentreRequest.Contact(c.phone(), c.email()));
    }

    private static Long required(Map<String, Long> orgIds, String code) {
        Long id = orgIds.get(code);
        if (id == null) {
            throw new IllegalStateException("No organisation " + code);
        }
        return id;
    }
}
