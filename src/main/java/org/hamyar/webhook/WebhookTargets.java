package org.hamyar.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Resolves a webhook URL's host and checks every address it resolves to (see {@link Destinations}). Delivery then
 * connects to the address that was checked, not to the name again: a name that answers a public address to the
 * check and a private one to the connection (DNS rebinding) cannot slip through.
 */
@ApplicationScoped
class WebhookTargets {

    /** The only destinations development and tests may reach over plain http: this host. */
    static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    /** Where one delivery goes: the URL's parts and the checked address to connect to. */
    record Target(String host, int port, boolean https, String pathAndQuery, InetAddress address) {
    }

    /** The URL's host is, or resolves to, an address the service must not call. */
    static final class RefusedDestination extends RuntimeException {
        RefusedDestination(String why) {
            super("refused destination: " + why, null, false, false);
        }
    }

    private final boolean allowLocalHttp;

    WebhookTargets(@ConfigProperty(name = "hamyar.webhooks.allow-local-http") boolean allowLocalHttp) {
        this.allowLocalHttp = allowLocalHttp;
    }

    /** True when this URL is development's plain http to this host, the one case loopback is allowed. */
    static boolean isLocalHttp(URI uri, boolean allowLocalHttp) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return allowLocalHttp && "http".equalsIgnoreCase(uri.getScheme()) && LOCAL_HOSTS.contains(host);
    }

    /**
     * Refusals that need no DNS: an internal name or an internal address literal. Null when the host may be
     * resolved and checked.
     */
    static String refusedWithoutLookup(URI uri, boolean allowLocalHttp) {
        if (isLocalHttp(uri, allowLocalHttp)) {
            return null;
        }
        String host = uri.getHost();
        if (isLiteral(host)) {
            try {
                return Destinations.isInternal(InetAddress.getByName(host)) ? host : null;
            } catch (UnknownHostException e) {
                return host;
            }
        }
        return Destinations.isInternalName(host) ? host : null;
    }

    /**
     * Resolves the URL's host off the event loop and checks all its addresses; fails with
     * {@link RefusedDestination} if any is internal, with {@link UnknownHostException} if it does not resolve.
     */
    Uni<Target> resolve(String url) {
        return Uni.createFrom().item(() -> check(URI.create(url))).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Target check(URI uri) {
        boolean localHttp = isLocalHttp(uri, allowLocalHttp);
        String refused = refusedWithoutLookup(uri, allowLocalHttp);
        if (refused != null) {
            throw new RefusedDestination(refused);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new UnresolvedHost(uri.getHost());
        }
        for (InetAddress a : addresses) {
            if (localHttp ? !Destinations.isLoopback(a) : Destinations.isInternal(a)) {
                throw new RefusedDestination(uri.getHost() + " resolves to an internal address");
            }
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(uri.getHost(), port, https, pathAndQuery, addresses[0]);
    }

    /** The host does not resolve (now): not a refusal, it may resolve later; delivery is retried. */
    static final class UnresolvedHost extends RuntimeException {
        UnresolvedHost(String host) {
            super("host does not resolve: " + host, null, false, false);
        }
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }
}
