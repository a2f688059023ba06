package org.hamyar.sms;

import io.smallrye.mutiny.Uni;

/** Sends a text message to a mobile in E.164 form. */
public interface SmsGateway {

    Uni<Void> send(String e164, String text);
}
