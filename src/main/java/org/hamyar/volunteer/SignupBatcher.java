package org.hamyar.volunteer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamyar.common.IdempotencyKeys;
import org.hamyar.volunteer.SignupInserts.Insert;
import org.hamyar.volunteer.SignupInserts.Inserted;
import org.hamyar.volunteer.SignupInserts.Pending;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Writes concurrent sign-ups together. At a national peak PostgreSQL's CPU per statement and per commit is what
 * limits sign-ups, so the sign-ups that wait while earlier ones are being written go in as one set-based statement
 * and one commit ({@link SignupInserts#insertAll}). There is no timer: a sign-up that finds a free slot is sent
 * at once, so a quiet service answers as fast as before, and a batch grows only while the database is busy.
 * <p>
 * Each client is answered after its own row is durable. A sign-up that the batch leaves out (its national ID is
 * taken, a reference is unknown, its campaign is closed) or a batch that fails as a whole is sent again alone, so it
 * gets exactly the answer it would have had alone (409, the field to blame, idempotent replay).
 */
@ApplicationScoped
class SignupBatcher {

    private record Waiting(Pending pending, Context context, UniEmitter<? super Inserted> answer) {
    }

    private final SignupInserts volunteers;
    private final SignupMetrics metrics;
    private final int maxSize;
    private final int maxInFlight;

    /** Guarded by {@code this}, like {@link #inFlight}. */
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private int inFlight;

    SignupBatcher(SignupInserts volunteers, SignupMetrics metrics,
            @ConfigProperty(name = "hamyar.signup.batch.max-size") int maxSize,
            @ConfigProperty(name = "hamyar.signup.batch.max-in-flight") int maxInFlight) {
        if (maxSize < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("hamyar.signup.batch.max-size and max-in-flight must be at least 1");
        }
        this.volunteers = volunteers;
        this.metrics = metrics;
        this.maxSize = maxSize;
        this.maxInFlight = maxInFlight;
    }

    /** As {@link SignupInserts#insert}, written together with the sign-ups waiting at the same moment. */
    Uni<Inserted> insert(Insert insert, IdempotencyKeys.Attempt attempt, String location, String body) {
        return Uni.createFrom().emitter(answer -> arrive(
                new Waiting(new Pending(insert, attempt, location, body), Vertx.currentContext(), answer)));
    }

    private void arrive(Waiting waiting) {
        List<Waiting> batch = null;
        synchronized (this) {
            queue.add(waiting);
            if (inFlight < maxInFlight) {
                inFlight++;
                batch = take();
            }
        }
        if (batch != null) {
            send(batch);
        }
    }

    /** The next batch; the caller holds the lock and a slot. */
    private List<Waiting> take() {
        List<Waiting> batch = new ArrayList<>(Math.min(queue.size(), maxSize));
        while (batch.size() < maxSize && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        return batch;
    }

    /** Called when a slot's statement has answered: the slot takes what waits meanwhile, or is given back. */
    private void slotFree() {
        List<Waiting> next;
        synchronized (this) {
            if (queue.isEmpty()) {
                inFlight--;
                return;
            }
            next = take();
        }
        send(next);
    }

    private void send(List<Waiting> batch) {
        metrics.batched(batch.size());
        if (batch.size() == 1) {
            Waiting only = batch.get(0);
            alone(only).subscribe().with(inserted -> {
                slotFree();
                answer(only, inserted);
            }, failure -> {
                slotFree();
                fail(only, failure);
            });
            return;
        }
        // deferred: a failure while the statement's parameters are built must also give the slot back
        Uni.createFrom().deferred(() -> volunteers.insertAll(batch.stream().map(Waiting::pending).toList()))
                .subscribe().with(stored -> {
                    slotFree();
                    answerAll(batch, stored);
                }, failure -> {
                    // One row may have broken the statement (a key two requests share): each alone gets its own answer.
                    slotFree();
                    batch.forEach(this::sendAlone);
                });
    }

    private void answerAll(List<Waiting> batch, Map<UUID, Long> stored) {
        for (Waiting waiting : batch) {
            UUID id = waiting.pending().insert().id();
            if (stored.containsKey(id)) {
                answer(waiting, new Inserted(true, stored.get(id)));
            } else {
                sendAlone(waiting);
            }
        }
    }

    private void sendAlone(Waiting waiting) {
        alone(waiting).subscribe().with(inserted -> answer(waiting, inserted), failure -> fail(waiting, failure));
    }

    private Uni<Inserted> alone(Waiting waiting) {
        Pending p = waiting.pending();
        return Uni.createFrom().deferred(() -> volunteers.insert(p.insert(), p.attempt(), p.location(), p.body()));
    }

    /** On the request's own context, as if it had run the statement itself. */
    private static void answer(Waiting waiting, Inserted inserted) {
        onContext(waiting, () -> waiting.answer().complete(inserted));
    }

    private static void fail(Waiting waiting, Throwable failure) {
        onContext(waiting, () -> waiting.answer().fail(failure));
    }

    private static void onContext(Waiting waiting, Runnable action) {
        Context context = waiting.context();
        if (context == null || context == Vertx.currentContext()) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }
}
