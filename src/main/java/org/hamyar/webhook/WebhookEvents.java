package org.hamyar.webhook;

import java.util.List;

/** The events a partner app may subscribe to. */
public final class WebhookEvents {

    public static final String NEED_FILLED = "need.filled";

    static final List<String> ALL = List.of("match.proposed", "match.approved", "match.rejected", "match.invited",
            "match.accepted", "match.waitlisted", "match.declined", "match.active", "match.completed",
            "match.cancelled", "match.no_show", NEED_FILLED);

    private WebhookEvents() {
    }
}
