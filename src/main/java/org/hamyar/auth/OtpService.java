package org.hamyar.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.common.InvalidValueException;
import org.hamyar.common.PersianText;
import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.common.ProblemType;
import org.hamyar.sms.SmsGateway;
import org.hamyar.sms.SmsGatewayProducer;
import org.hamyar.volunteer.MobileNumber;
import org.hamyar.volunteer.VolunteerDirectory;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Citizen log-in by a one-time code sent by SMS. Only keyed hashes of the mobile, the client address and the code
 * are stored. Every answer to a send is the same whether or not the mobile is registered; rate limits count
 * unregistered mobiles too, so they cannot be told apart by being limited differently.
 */
@ApplicationScoped
public class OtpService {

    private static final Logger LOG = Logger.getLogger(OtpService.class);
    private static final int CODE_DIGITS = 6;

    private static final String USAGE = """
            SELECT (SELECT count(*) FROM otp_send WHERE bucket = $1 AND sent_at > $3),
                   (SELECT min(sent_at) FROM otp_send WHERE bucket = $1 AND sent_at > $3),
                   (SELECT max(sent_at) FROM otp_send WHERE bucket = $1),
                   (SELECT count(*) FROM otp_send WHERE bucket = $2 AND sent_at > $3),
                   (SELECT min(sent_at) FROM otp_send WHERE bucket = $2 AND sent_at > $3)
            """;

    private static final String CHALLENGE = """
            INSERT INTO otp_challenge (mobile_hmac, volunteer_id, code_hmac, attempts_left, expires_at)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (mobile_hmac) DO UPDATE SET volunteer_id = excluded.volunteer_id,
                code_hmac = excluded.code_hmac, attempts_left = excluded.attempts_left,
                expires_at = excluded.expires_at
            """;

    private final Pool pool;
    private final PersonalDataCrypto crypto;
    private final OtpConfig config;
    private final VolunteerDirectory volunteers;
    private final SmsGateway sms;
    private final TokenIssuer tokens;
    private final OtpMetrics metrics;
    private final SecureRandom random = new SecureRandom();

    OtpService(Pool pool, PersonalDataCrypto crypto, OtpConfig config, VolunteerDirectory volunteers,
            @Named(SmsGatewayProducer.CONFIGURED) SmsGateway sms, TokenIssuer tokens, OtpMetrics metrics) {
        this.metrics = metrics;
        this.pool = pool;
        this.crypto = crypto;
        this.config = config;
        this.volunteers = volunteers;
        this.sms = sms;
        this.tokens = tokens;
    }

    public Uni<OtpRequests.Sent> send(OtpRequests.Send request, String clientAddress) {
        MobileNumber mobile;
        try {
            mobile = mobile(request == null ? null : request.mobile(), new ArrayList<>(), true);
        } catch (ApiException e) {
            metrics.refused(OtpMetrics.INVALID_MOBILE);
            throw e;
        }
        byte[] mobileBucket = crypto.hmac("otp-mobile:" + mobile.e164());
        byte[] addressBucket = crypto.hmac("otp-address:" + clientAddress);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String code = newCode();
        OtpRequests.Sent sent = new OtpRequests.Sent(config.ttl().toSeconds(), config.resendInterval().toSeconds());
        return volunteers.findByMobile(crypto.hmac(mobile.e164()))
                .flatMap(volunteer -> pool.withTransaction(conn -> lockBuckets(conn, addressBucket, mobileBucket)
                        .flatMap(x -> checkLimits(conn, mobileBucket, addressBucket, now))
                        .flatMap(x -> conn.preparedQuery("INSERT INTO otp_send (bucket, sent_at) VALUES ($1, $3), ($2, $3)")
                                .execute(Tuple.of(Buffer.buffer(mobileBucket), Buffer.buffer(addressBucket), now)))
                        .flatMap(x -> volunteer.isEmpty() ? Uni.createFrom().item(volunteer)
                                : conn.preparedQuery(CHALLENGE).execute(Tuple.of(
                                        Buffer.buffer(mobileBucket),
                                        volunteer.get(), Buffer.buffer(codeHmac(mobile, code)), config.attempts(),
                                        now.plus(config.ttl()))).replaceWith(volunteer))))
                .onFailure(e -> e instanceof ApiException a && a.type() == ProblemType.TOO_MANY_REQUESTS)
                .invoke(e -> metrics.refused(OtpMetrics.RATE_LIMITED))
                .invoke(volunteer -> volunteer.ifPresentOrElse(v -> deliver(mobile, code),
                        () -> metrics.refused(OtpMetrics.UNREGISTERED)))
                .replaceWith(sent);
    }

    /** Not awaited: the answer must not take longer for a registered mobile than for an unknown one. */
    private void deliver(MobileNumber mobile, String code) {
        sms.send(mobile.e164(), text(code)).subscribe().with(
                ok -> {
                    metrics.sent();
                    LOG.debugf("One-time code sent to %s", mobile.masked());
                },
                e -> {
                    metrics.notDelivered();
                    LOG.errorf("One-time code to %s not delivered: %s", mobile.masked(), e.getMessage());
                });
    }

    public Uni<TokenResponse> verify(OtpRequests.Verify request) {
        List<FieldViolation> violations = new ArrayList<>();
        MobileNumber mobile = mobile(request == null ? null : request.mobile(), violations, false);
        String code = request == null || request.code() == null ? null : PersianText.asciiDigits(request.code().trim());
        if (code == null || code.isEmpty()) {
            violations.add(new FieldViolation("code", "required"));
        } else if (!code.matches("\\d{" + CODE_DIGITS + "}")) {
            violations.add(new FieldViolation("code", "otp-code"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        byte[] key = crypto.hmac("otp-mobile:" + mobile.e164());
        byte[] offered = codeHmac(mobile, code);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return pool.withTransaction(conn -> conn.preparedQuery(
                "SELECT volunteer_id, code_hmac, attempts_left, expires_at FROM otp_challenge "
                        + "WHERE mobile_hmac = $1 FOR UPDATE")
                .execute(Tuple.of(Buffer.buffer(key)))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<UUID> empty());
                    }
                    Row row = rows.iterator().next();
                    boolean live = row.getOffsetDateTime(3).isAfter(now) && row.getInteger(2) > 0;
                    boolean match = live && MessageDigest.isEqual(row.getBuffer(1).getBytes(), offered);
                    String change = match || row.getInteger(2) <= 1 || !live
                            ? "DELETE FROM otp_challenge WHERE mobile_hmac = $1"
                            : "UPDATE otp_challenge SET attempts_left = attempts_left - 1 WHERE mobile_hmac = $1";
                    Optional<UUID> who = match ? Optional.of(row.getUUID(0)) : Optional.empty();
                    return conn.preparedQuery(change).execute(Tuple.of(Buffer.buffer(key))).replaceWith(who);
                }))
                .map(who -> tokens.volunteer(who.orElseThrow(() -> {
                    metrics.refused(OtpMetrics.WRONG_CODE);
                    return new ApiException(ProblemType.INVALID_CODE);
                })));
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return pool.preparedQuery("DELETE FROM otp_send WHERE sent_at < $1").execute(Tuple.of(now.minus(config.window())))
                .flatMap(x -> pool.preparedQuery("DELETE FROM otp_challenge WHERE expires_at < $1").execute(Tuple.of(now)))
                .replaceWithVoid();
    }

    /**
     * Serialises sends to one mobile and sends from one address, so concurrent requests cannot all pass a limit
     * they each read before any of them wrote: a burst from one address to many mobiles stops at the address
     * limit. Always the address first, then the mobile: every send takes them in the same
     * order, so two sends cannot wait on each other.
     */
    private static Uni<Void> lockBuckets(SqlConnection conn, byte[] addressBucket, byte[] mobileBucket) {
        return lock(conn, addressBucket).flatMap(x -> lock(conn, mobileBucket));
    }

    private static Uni<Void> lock(SqlConnection conn, byte[] bucket) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended(encode($1, 'hex'), 0))")
                .execute(Tuple.of(Buffer.buffer(bucket))).replaceWithVoid();
    }

    private Uni<Void> checkLimits(SqlConnection conn, byte[] mobileBucket, byte[] addressBucket, OffsetDateTime now) {
        OffsetDateTime windowStart = now.minus(config.window());
        return conn.preparedQuery(USAGE)
                .execute(Tuple.of(Buffer.buffer(mobileBucket), Buffer.buffer(addressBucket), windowStart))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    long wait = 0;
                    OffsetDateTime last = r.getOffsetDateTime(2);
                    if (last != null && last.plus(config.resendInterval()).isAfter(now)) {
                        wait = Math.max(wait, secondsBetween(now, last.plus(config.resendInterval())));
                    }
                    if (r.getLong(0) >= config.perMobile()) {
                        wait = Math.max(wait, secondsBetween(now, r.getOffsetDateTime(1).plus(config.window())));
                    }
                    if (r.getLong(3) >= config.perAddress()) {
                        wait = Math.max(wait, secondsBetween(now, r.getOffsetDateTime(4).plus(config.window())));
                    }
                    if (wait > 0) {
                        throw ApiException.tooManyRequests(wait);
                    }
                    return null;
                });
    }

    private static long secondsBetween(OffsetDateTime from, OffsetDateTime to) {
        return (Duration.between(from, to).toMillis() + 999) / 1000;
    }

    private static MobileNumber mobile(String raw, List<FieldViolation> violations, boolean throwNow) {
        try {
            return MobileNumber.parse(raw);
        } catch (InvalidValueException e) {
            violations.add(new FieldViolation("mobile", e.code()));
            if (throwNow) {
                throw ApiException.invalid(violations);
            }
            return null;
        }
    }

    private byte[] codeHmac(MobileNumber mobile, String code) {
        return crypto.hmac("otp-code:" + mobile.e164() + ":" + code);
    }

    private String newCode() {
        return String.format("%0" + CODE_DIGITS + "d", random.nextInt((int) Math.pow(10, CODE_DIGITS)));
    }

    private String text(String code) {
        return "همیار: کد ورود شما " + code + " است. این کد تا " + config.ttl().toMinutes()
                + " دقیقه معتبر است. آن را به کسی ندهید.";
    }
}
