package org.hamyar.volunteer;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ProblemType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Sign-ups stored and refused, for /q/metrics. The only label is the refusal's problem type (a fixed list), never
 * anything the applicant sent.
 */
@Startup
@ApplicationScoped
class SignupMetrics {

    private final MeterRegistry registry;
    private final Counter signups;
    private final DistributionSummary batchRows;

    SignupMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.signups = Counter.builder("hamyar.signups").description("Volunteers signed up (stored)")
                .register(registry);
        this.batchRows = DistributionSummary.builder("hamyar.signups.batch.rows")
                .description("Sign-ups sent to PostgreSQL in one statement").register(registry);
        // The usual refusals are there at 0 from the start, so a dashboard shows a rate before the first one.
        refusedCounter(ProblemType.VALIDATION);
        refusedCounter(ProblemType.DUPLICATE_VOLUNTEER);
    }

    void signedUp() {
        signups.increment();
    }

    void batched(int rows) {
        batchRows.record(rows);
    }

    void refused(ProblemType type) {
        refusedCounter(type).increment();
    }

    private Counter refusedCounter(ProblemType type) {
        String uri = type.uri();
        return Counter.builder("hamyar.signups.refused").description("Sign-ups refused, by problem type")
                .tag("reason", uri.substring(uri.lastIndexOf('/') + 1)).register(registry);
    }
}
