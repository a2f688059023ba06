package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

class SharedReadsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final List<UniEmitter<? super String>> pending = new ArrayList<>();
    private final SharedReads<String, String> shared = new SharedReads<>(key -> Uni.createFrom().emitter(e -> {
        reads.incrementAndGet();
        pending.add(e);
    }).map(answer -> key + ":" + answer));

    @Test
    void identicalReadsWhileOneRunsShareItsAnswer() {
        List<String> answers = new ArrayList<>();
        shared.get("county=2801").subscribe().with(answers::add);
        shared.get("county=2801").subscribe().with(answers::add);
        shared.get("county=2802").subscribe().with(answers::add);
        assertThat(reads).hasValue(2);

        pending.get(0).complete("5 needs");
        pending.get(1).complete("none");
        assertThat(answers).containsExactly("county=2801:5 needs", "county=2801:5 needs", "county=2802:none");
    }

    @Test
    void aReadAfterTheAnswerRunsAgainSoNothingIsKept() {
        List<String> answers = new ArrayList<>();
        shared.get("q").subscribe().with(answers::add);
        pending.get(0).complete("old");
        shared.get("q").subscribe().with(answers::add);
        assertThat(reads).hasValue(2);
        pending.get(1).complete("new");
        assertThat(answers).containsExactly("q:old", "q:new");
    }

    @Test
    void aFailureReachesTheReadsThatSharedItAndTheNextReadRunsAgain() {
        List<Throwable> failures = new ArrayList<>();
        shared.get("q").subscribe().with(a -> {
        }, failures::add);
        shared.get("q").subscribe().with(a -> {
        }, failures::add);
        pending.get(0).fail(new IllegalStateException("database away"));
        assertThat(failures).hasSize(2);
        shared.get("q").subscribe().with(a -> {
        });
        assertThat(reads).hasValue(2);
    }
}
