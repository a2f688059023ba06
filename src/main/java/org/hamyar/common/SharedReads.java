package org.hamyar.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Identical reads that arrive while one is running share its answer instead of running again (request coalescing):
 * under a crowd of citizens, a public listing costs PostgreSQL one statement per round trip, not one per request.
 * Nothing is kept once the read is answered, so an answer is never older than the read it came from; a read that
 * arrives after a write has committed may still get the answer of a read that started just before it (a window
 * as long as one statement). Use it only where that is acceptable and the key holds everything that shapes the
 * answer, the viewer included.
 */
public final class SharedReads<K, V> {

    private final Map<K, Uni<V>> running = new ConcurrentHashMap<>();
    private final Function<K, Uni<V>> read;

    public SharedReads(Function<K, Uni<V>> read) {
        this.read = read;
    }

    public Uni<V> get(K key) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            Uni<V> shared = running.computeIfAbsent(key, this::start);
            // The answer comes on the thread of whoever started the read; each request goes on in its own context.
            return caller == null ? shared : shared.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    private Uni<V> start(K key) {
        // The read starts when its first subscriber arrives, which is right after computeIfAbsent returns.
        AtomicReference<Uni<V>> self = new AtomicReference<>();
        self.set(Uni.createFrom().deferred(() -> read.apply(key))
                .onTermination().invoke(() -> running.remove(key, self.get()))
                .memoize().indefinitely());
        return self.get();
    }
}
