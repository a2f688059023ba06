package org.hamyar.common;

import java.time.ZoneId;

/** Days (sign-up statistics, ages) are counted on Iran's calendar day, whatever the server's zone. */
public final class Tehran {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    private Tehran() {
    }
}
