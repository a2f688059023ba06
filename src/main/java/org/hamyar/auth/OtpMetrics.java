package org.hamyar.auth;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * One-time codes sent, refused and not delivered, for /q/metrics. Labels are fixed reasons: neither the mobile nor
 * the client address ever becomes one.
 */
@Startup
@ApplicationScoped
class OtpMetrics {

    /** A send over the per-mobile, per-address or resend limit (429). */
    static final String RATE_LIMITED = "rate-limited";
    /** A send or check with a mobile that is not a valid Iranian mobile (400). */
    static final String INVALID_MOBILE = "invalid-mobile";
    /** A send to a mobile no volunteer has: answered as if sent, but no code is made or texted. */
    static final String UNREGISTERED = "unregistered";
    /** A check with a wrong, expired or used-up code (401). */
    static final String WRONG_CODE = "wrong-code";

    private final MeterRegistry registry;
    private final Counter sent;
    private final Counter notDelivered;

    OtpMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sent = Counter.builder("hamyar.otp.sent").description("One-time codes handed to the SMS provider")
                .register(registry);
        this.notDelivered = Counter.builder("hamyar.sms.failures").description("Texts the SMS provider did not take")
                .tag("purpose", "otp").register(registry);
        for (String reason : new String[] { RATE_LIMITED, INVALID_MOBILE, UNREGISTERED, WRONG_CODE }) {
            refusedCounter(reason);
        }
    }

    void sent() {
        sent.increment();
    }

    void notDelivered() {
        notDelivered.increment();
    }

    void refused(String reason) {
        refusedCounter(reason).increment();
    }

    private Counter refusedCounter(String reason) {
        return Counter.builder("hamyar.otp.refused").description("One-time code sends and checks refused, by reason")
                .tag("reason", reason).register(registry);
    }
}
