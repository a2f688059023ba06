package org.hamyar.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hamyar.common.ApiException;
import org.hamyar.common.Checks;
import org.hamyar.common.FieldViolation;

/**
 * A subscription must name an https URL (plain http only to this host, in development) that does not point inside
 * the network, and known events. Names are resolved and checked later ({@link WebhookTargets}); here only what
 * needs no DNS.
 */
final class WebhookValidator {

    private static final int MAX_URL = 2000;
    /** The code for a URL aimed inside the network. */
    static final String WEBHOOK_DESTINATION = "webhook-destination";

    private WebhookValidator() {
    }

    static WebhookRequest validate(WebhookRequest r, boolean allowLocalHttp) {
        if (r == null) {
            throw ApiException.invalid("body", "required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        String url = url(r.url(), allowLocalHttp, errors);
        List<String> events = new ArrayList<>();
        if (Checks.sized("events", r.events(), 1, WebhookEvents.ALL.size(), errors)) {
            for (int i = 0; i < r.events().size(); i++) {
                String e = r.events().get(i) == null ? null : r.events().get(i).trim().toLowerCase(Locale.ROOT);
                if (e == null || !WebhookEvents.ALL.contains(e)) {
                    errors.add(new FieldViolation("events[" + i + "]", "invalid"));
                } else if (events.contains(e)) {
                    errors.add(new FieldViolation("events[" + i + "]", "duplicate"));
                } else {
                    events.add(e);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new WebhookRequest(url, events);
    }

    private static String url(String raw, boolean allowLocalHttp, List<FieldViolation> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldViolation("url", "required"));
            return null;
        }
        String url = raw.trim();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean https = scheme.equals("https");
            boolean localHttp = WebhookTargets.isLocalHttp(uri, allowLocalHttp);
            if (url.length() > MAX_URL || host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null
                    || !(https || localHttp)) {
                errors.add(new FieldViolation("url", "webhook-url"));
                return null;
            }
            if (WebhookTargets.refusedWithoutLookup(uri, allowLocalHttp) != null) {
                errors.add(new FieldViolation("url", WEBHOOK_DESTINATION));
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            errors.add(new FieldViolation("url", "webhook-url"));
            return null;
        }
    }
}
