package org.hamyar.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How the outbox worker delivers: batch size, the lease on a claimed message, and the retry schedule. */
@ConfigMapping(prefix = "hamyar.outbox")
public interface OutboxConfig {

    /** How often the worker looks for due messages (read by its schedule). */
    Duration pollInterval();

    int batchSize();

    /** A message being sent is not claimed again for this long; after a crash it is sent again (same event id). */
    Duration lease();

    Duration backoffBase();

    Duration backoffMax();

    int maxAttempts();

    /** Delivered messages are purged after this long ({@link OutboxRetention}). */
    Duration deliveredRetention();

    /** Messages given up on stay listable and replayable this long, then are purged too. */
    Duration failedRetention();

    /** How often the purge runs (read by its schedule). */
    Duration purgeInterval();
}
