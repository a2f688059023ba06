package org.hamyar.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client address that rate limits count against. A proxy appends the address it saw to {@code X-Forwarded-For},
 * after whatever the client sent, so only the right end of the header can be believed: walking from the connection
 * leftwards through trusted proxies, the first address that is not a trusted proxy is the client. Taking the
 * leftmost entry instead lets a client choose its own address, and so escape its limits.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final int MAX_ENTRY = 64;

    private final List<Cidr> trusted;

    ClientAddresses(@ConfigProperty(name = "hamyar.http.trusted-proxies") List<String> trustedProxies) {
        this.trusted = parse(trustedProxies);
    }

    /** The address of the client behind this request. */
    public String of(HttpServerRequest request) {
        // The connection's own peer: Quarkus's forwarding support replaces remoteAddress() with the leftmost entry.
        String peer = request.connection().remoteAddress().hostAddress();
        return resolve(peer, request.headers().getAll("X-Forwarded-For"), trusted);
    }

    static String resolve(String peer, List<String> forwardedFor, List<Cidr> trusted) {
        if (!isTrusted(peer, trusted)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.trim());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = withoutPort(hops.get(i));
            if (hop.length() > MAX_ENTRY) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return client;
    }

    private static boolean isTrusted(String address, List<Cidr> trusted) {
        InetAddress a = literal(address);
        if (a == null) {
            return false;
        }
        for (Cidr c : trusted) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 1.2.3.4:5678} → {@code 1.2.3.4}, {@code [::1]:80} → {@code ::1}; anything else unchanged. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** An IP literal, never a DNS look-up; null if the text is not one. */
    private static InetAddress literal(String text) {
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!t.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    static List<Cidr> parse(List<String> entries) {
        List<Cidr> out = new ArrayList<>();
        for (String e : entries) {
            String t = e.trim();
            if (t.isEmpty() || t.equalsIgnoreCase("none")) {
                continue;
            }
            int slash = t.indexOf('/');
            InetAddress base = literal(slash < 0 ? t : t.substring(0, slash));
            if (base == null) {
                throw new IllegalArgumentException("hamyar.http.trusted-proxies: not an address or range: " + t);
            }
            int bits = base.getAddress().length * 8;
            out.add(new Cidr(base.getAddress(), slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1))));
        }
        return List.copyOf(out);
    }

    /** An address range, e.g. {@code 10.1.0.0/16}; a single address has all its bits. */
    record Cidr(byte[] base, int bits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != base.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (base[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
