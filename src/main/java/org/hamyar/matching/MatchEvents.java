package org.hamyar.matching;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.Actor;
import org.hamyar.common.Messages;
import org.hamyar.outbox.Outbox;
import org.hamyar.volunteer.VolunteerTexts;
import org.hamyar.webhook.WebhookEvents;
import org.hamyar.webhook.WebhookNotices;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Tells of a match's move through the outbox, in the transaction that made it: a webhook to the owning
 * organisation's subscribed apps for every move, and a text to the volunteer when the move is news to them.
 */
@ApplicationScoped
class MatchEvents {

    /**
     * Moves a volunteer hears of by SMS. Not the review steps before an invitation (they were never asked), and not
     * their own answers, except a cancellation by someone else.
     */
    private static final Set<MatchStatus> TOLD_BY_SMS = EnumSet.of(MatchStatus.INVITED, MatchStatus.ACCEPTED,
            MatchStatus.WAITLISTED, MatchStatus.CANCELLED, MatchStatus.COMPLETED);

    private final Outbox outbox;
    private final WebhookNotices webhooks;
    private final VolunteerTexts texts;
    private final MatchMetrics metrics;

    MatchEvents(Outbox outbox, WebhookNotices webhooks, VolunteerTexts texts, MatchMetrics metrics) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.texts = texts;
    }

    Uni<Void> moved(SqlClient tx, NeedFacts need, UUID matchId, UUID volunteerId, MatchStatus from, MatchStatus to,
            Actor actor, Double hours, OffsetDateTime now) {
        metrics.moved(from, to);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", matchId.toString());
        data.put("needId", need.id().toString());
        data.put("centreId", need.centreId().toString());
        data.put("status", to.name());
        data.put("previousStatus", from == null ? null : from.name());
        Uni<Void> webhook = webhooks.publish(tx, need.owner(), to.eventType(), data, now);
        boolean ownAnswer = actor.kind() == Actor.Kind.VOLUNTEER && to != MatchStatus.ACCEPTED
                && to != MatchStatus.WAITLISTED;
        if (!TOLD_BY_SMS.contains(to) || ownAnswer) {
            return webhook;
        }
        String title = need.smsTitle(Messages.get(Messages.PERSIAN, "sms.need.sensitive"));
        String text = new MessageFormat(Messages.get(Messages.PERSIAN, "sms." + to.eventType()), Messages.PERSIAN)
                .format(new Object[] { title, hours });
        return webhook.flatMap(x -> outbox.enqueue(tx, Outbox.Channel.SMS, texts.recipient(volunteerId),
                to.eventType(), Map.of("text", text), now));
    }

    Uni<Void> needFilled(SqlClient tx, NeedFacts need, OffsetDateTime now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("needId", need.id().toString());
        data.put("centreId", need.centreId().toString());
        data.put("status", "FILLED");
        return webhooks.publish(tx, need.owner(), WebhookEvents.NEED_FILLED, data, now);
    }
}
