package org.hamyar.common;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Histogram buckets for the HTTP server timings, so a dashboard can show percentiles per route across instances
 * (docker/grafana). A dozen fixed buckets, not Micrometer's ~70 of a full percentile histogram.
 */
final class HttpTimingBuckets {

    private HttpTimingBuckets() {
    }

    @Produces
    @Singleton
    static MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos(5), nanos(10), nanos(25), nanos(50), nanos(100), nanos(250),
                                nanos(500), nanos(1000), nanos(2500), nanos(5000), nanos(10000))
                        .build().merge(config);
            }
        };
    }

    private static double nanos(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
