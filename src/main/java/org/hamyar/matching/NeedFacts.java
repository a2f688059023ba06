package org.hamyar.matching;

import java.util.UUID;

import org.hamyar.matching.MatchScoring.NeedProfile;
import org.hamyar.webhook.WebhookNotices.Audience;

/** What matching needs to know of a need: its state, place, owner and what it asks of volunteers. */
record NeedFacts(UUID id, String status, int volunteersNeeded, String title, String priority, boolean sensitive,
        UUID centreId, double lat, double lon, Audience owner, NeedProfile profile) {

    boolean open() {
        return "OPEN".equals(status);
    }

    /** The words an SMS may use for it: a sensitive need's title could say who is served. */
    String smsTitle(String sensitiveWording) {
        return sensitive ? sensitiveWording : title;
    }
}
