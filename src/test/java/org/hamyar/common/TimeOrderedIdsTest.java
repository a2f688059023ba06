package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void versionSevenVariantTwoAndTheCreationMillisecondFirst() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void idsAreUniqueAndOrderedAcrossMilliseconds() throws InterruptedException {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TimeOrderedIds.next())).isTrue();
        }
        UUID earlier = TimeOrderedIds.next();
        Thread.sleep(2);
        assertThat(TimeOrderedIds.next().toString()).isGreaterThan(earlier.toString());
    }
}
