package org.hamyar.volunteer;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.hamyar.common.PersonalDataCrypto;
import org.hamyar.outbox.Outbox;
import org.hamyar.outbox.OutboxChannel;
import org.hamyar.outbox.OutboxMessage;
import org.hamyar.sms.SmsGateway;
import org.hamyar.sms.SmsGatewayProducer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Text messages to volunteers: only to those who agreed to texts and have not erased their data, both when a text
 * is queued and when it is sent. The outbox names the volunteer, never the number: it is decrypted only to send.
 */
@ApplicationScoped
public class VolunteerTexts implements OutboxChannel {

    private static final String TEXTABLE = " FROM volunteer WHERE id = $1 AND consent_sms AND status <> 'ERASED'";

    private final Pool pool;
    private final SmsGateway sms;
    private final PersonalDataCrypto crypto;
    private final ObjectMapper json;

    VolunteerTexts(Pool pool, @Named(SmsGatewayProducer.CONFIGURED) SmsGateway sms, PersonalDataCrypto crypto,
            ObjectMapper json) {
        this.pool = pool;
        this.sms = sms;
        this.crypto = crypto;
        this.json = json;
    }

    /** The volunteer, if a text may be queued for them. */
    public Outbox.Recipients recipient(UUID volunteerId) {
        return new Outbox.Recipients("SELECT id" + TEXTABLE, List.of(volunteerId));
    }

    @Override
    public Outbox.Channel channel() {
        return Outbox.Channel.SMS;
    }

    @Override
    public Uni<Delivery> deliver(OutboxMessage m) {
        return pool.preparedQuery("SELECT mobile_enc" + TEXTABLE)
                .execute(Tuple.of(m.recipientId()))
                .flatMap(rows -> {
                    if (rows.size() == 0 || rows.iterator().next().getBuffer(0) == null) {
                        return Uni.createFrom().item(Delivery.NOT_SENT);
                    }
                    String mobile = crypto.decrypt(rows.iterator().next().getBuffer(0).getBytes());
                    return sms.send(mobile, text(m.payload())).replaceWith(Delivery.SENT);
                });
    }

    private String text(String payload) {
        try {
            return json.readTree(payload).get("text").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored outbox payload is not JSON", e);
        }
    }
}
