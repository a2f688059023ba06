package org.hamyar.webhook;

import java.util.List;

/** A partner app's request to be told of events at a URL. */
public record WebhookRequest(String url, List<String> events) {
}
