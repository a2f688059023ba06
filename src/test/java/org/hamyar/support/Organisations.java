package org.hamyar.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.auth.PasswordHasher;
import org.hamyar.common.Digests;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Provisions what has no API yet (organisations, staff accounts, partner clients) straight into the database, the
 * way an operator would, so each test builds the parties it needs.
 */
@ApplicationScoped
public class Organisations {

    public static final String TEHRAN_PROVINCE = "province:28";
    public static final String QAZVIN_PROVINCE = "province:22";
    /** Khazaneh and Nazi Abad (Tehran county 2801), Sari (Mazandaran county 2001), Minudar (Qazvin county 2201). */
    public static final int KHAZANEH = 280101, NAZI_ABAD = 280103, SARI = 200101, MINUDAR = 220101;

    private final Pool pool;
    private final PasswordHasher hasher;

    Organisations(Pool pool, PasswordHasher hasher) {
        this.pool = pool;
        this.hasher = hasher;
    }

    public long organisation(String kind) {
        return pool.preparedQuery("""
                INSERT INTO organisation (code, kind, name_fa, name_en) VALUES ($1, $2, 'سازمان آزمون',
                'Test organisation') RETURNING id""")
                .execute(Tuple.of("org-" + UUID.randomUUID(), kind))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    /** A staff account; returns its user name. {@code region} as in tokens: province:28 or county:2801. */
    public String staff(long organisationId, String region, String password) {
        String username = "staff-" + UUID.randomUUID();
        pool.preparedQuery("""
                INSERT INTO staff_account (id, organisation_id, username, display_name, password_hash,
                                           region_province, region_county)
                VALUES ($1, $2, $3, 'کارشناس آزمون', $4, $5, $6)""")
                .execute(Tuple.from(Arrays.asList(UUID.randomUUID(), organisationId, username, hasher.hash(password),
                        region.startsWith("province:") ? region.substring(9) : null,
                        region.startsWith("county:") ? Integer.valueOf(region.substring(7)) : null)))
                .await().atMost(Duration.ofSeconds(10));
        return username;
    }

    /** A partner client; returns its id (the secret is the one given). */
    public String partner(long organisationId, String region, String secret, String... scopes) {
        String clientId = "client-" + UUID.randomUUID();
        pool.preparedQuery("""
                INSERT INTO partner_client (client_id, organisation_id, name, secret_sha256, scopes,
                                            region_province, region_county)
                VALUES ($1, $2, 'برنامهٔ همکار', $3, $4, $5, $6)""")
                .execute(Tuple.from(Arrays.asList(clientId, organisationId,
                        Buffer.buffer(Digests.sha256(secret.getBytes(StandardCharsets.UTF_8))), scopes,
                        region.startsWith("province:") ? region.substring(9) : null,
                        region.startsWith("county:") ? Integer.valueOf(region.substring(7)) : null)))
                .await().atMost(Duration.ofSeconds(10));
        return clientId;
    }
}
