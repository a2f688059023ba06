package org.hamyar.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hamyar.sms")
public interface SmsConfig {

    /** {@code sink} (demo and tests: messages are kept in memory and logged) or {@code http} (a real provider). */
    @WithDefault("http")
    String gateway();

    Http http();

    interface Http {

        /** The provider's send endpoint; it receives {@code {"to": "+989…", "text": "…"}} as JSON. */
        Optional<URI> url();

        /** Sent as {@code Authorization: Bearer …}. */
        Optional<String> apiKey();

        @WithDefault("5s")
        Duration timeout();
    }
}
