package org.hamyar.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what background jobs (proposals, the outbox) do a moment after a request. */
public final class Eventually {

    private Eventually() {
    }

    /** The first value that {@code done} accepts, or the last one seen when {@code within} runs out. */
    public static <T> T value(Duration within, Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
