package org.hamyar.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hamyar.otp")
public interface OtpConfig {

    @WithDefault("5m")
    Duration ttl();

    @WithDefault("5")
    int attempts();

    /** The shortest time between two codes to the same mobile. */
    @WithDefault("60s")
    Duration resendInterval();

    @WithDefault("1h")
    Duration window();

    @WithDefault("5")
    int perMobile();

    @WithDefault("20")
    int perAddress();
}
