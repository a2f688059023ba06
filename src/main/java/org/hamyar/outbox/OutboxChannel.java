package org.hamyar.outbox;

import io.smallrye.mutiny.Uni;

/** Delivers the messages of one channel; implemented by the feature that knows the recipients. */
public interface OutboxChannel {

    Outbox.Channel channel();

    /**
     * Sends one message, outside any transaction. Fails with the reason when the recipient did not take it (it is
     * tried again later); {@link Delivery#NOT_SENT} when there is nobody to send it to any more.
     */
    Uni<Delivery> deliver(OutboxMessage message);

    enum Delivery {
        SENT,
        /** The recipient is gone or no longer wants it (an erased volunteer, a withdrawn consent): not retried. */
        NOT_SENT
    }
}
