package org.hamyar.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

import io.quarkus.runtime.StartupEvent;

/** Picks the gateway named by {@code hamyar.sms.gateway}; a missing or unknown one stops the start. */
@ApplicationScoped
public class SmsGatewayProducer {

    public static final String CONFIGURED = "configured";

    private final SmsConfig config;

    SmsGatewayProducer(SmsConfig config) {
        this.config = config;
    }

    void check(@Observes StartupEvent start) {
        switch (config.gateway()) {
            case "sink" -> {
            }
            case "http" -> {
                if (config.http().url().isEmpty()) {
                    throw new IllegalStateException("hamyar.sms.gateway=http needs hamyar.sms.http.url");
                }
            }
            default -> throw new IllegalStateException("Unknown hamyar.sms.gateway: " + config.gateway());
        }
    }

    @Produces
    @ApplicationScoped
    @Named(CONFIGURED)
    SmsGateway gateway(SmsSink sink, HttpSmsGateway http) {
        return "sink".equals(config.gateway()) ? sink : http;
    }
}
