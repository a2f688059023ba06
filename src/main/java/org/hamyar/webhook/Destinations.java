package org.hamyar.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses a webhook may be sent to: only public ones. A partner app chooses the URL, so without this rule it
 * could make the service call its own network (cloud metadata at 169.254.169.254, databases on private ranges,
 * admin consoles on loopback). IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged
 * by the IPv4 address they carry, so {@code ::ffff:10.0.0.1} is as internal as {@code 10.0.0.1}.
 */
final class Destinations {

    /** Names that only mean something inside a network, whatever DNS says for them. */
    private static final List<String> INTERNAL_SUFFIXES = List.of(".localhost", ".local", ".localdomain",
            ".internal", ".intranet", ".lan", ".home.arpa", ".corp");

    private Destinations() {
    }

    /** A host name the service must not call: {@code localhost}, a single label or an internal suffix. */
    static boolean isInternalName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("localhost") || !h.contains(".")) {
            return true;
        }
        for (String suffix : INTERNAL_SUFFIXES) {
            if (h.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loopback, unspecified, link-local, private, shared (CGNAT), multicast, broadcast and other reserved IPv4
     * ranges; IPv6 loopback, unspecified, link-local, site-local, unique-local, multicast and documentation.
     */
    static boolean isInternal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalV4(b);
        }
        if (address instanceof Inet6Address) {
            byte[] v4 = embeddedV4(b);
            return v4 != null ? isInternalV4(v4) : isInternalV6(b);
        }
        return true;
    }

    static boolean isLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        byte[] v4 = address instanceof Inet6Address ? embeddedV4(b) : b;
        return v4 != null ? (v4[0] & 0xff) == 127 : address.isLoopbackAddress();
    }

    private static boolean isInternalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return a0 == 0 // "this network", including 0.0.0.0
                || a0 == 10 // private
                || a0 == 127 // loopback
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // shared address space (CGNAT), 100.64/10
                || (a0 == 169 && a1 == 254) // link-local, cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31) // private
                || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2) // documentation
                || (a0 == 192 && a1 == 168) // private
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100) // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                || a0 >= 224; // multicast, reserved, broadcast
    }

    private static boolean isInternalV6(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        return Arrays.equals(Arrays.copyOf(b, 15), new byte[15]) // unspecified ::, loopback ::1 and their kin
                || (b0 & 0xfe) == 0xfc // unique-local fc00::/7
                || (b0 == 0xfe && (b1 & 0xc0) == 0x80) // link-local fe80::/10
                || (b0 == 0xfe && (b1 & 0xc0) == 0xc0) // site-local fec0::/10 (deprecated, still routed inside)
                || b0 == 0xff // multicast
                || (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) // 2001:db8::/32
                || (b0 == 0x01 && b1 == 0 && Arrays.equals(Arrays.copyOfRange(b, 2, 8), new byte[6])); // discard
    }

    /** The IPv4 address inside an IPv6 one, if it carries one; null otherwise. */
    private static byte[] embeddedV4(byte[] b) {
        boolean first10Zero = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        if (first10Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Arrays.copyOfRange(b, 12, 16); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (first10Zero && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0)) {
            return Arrays.copyOfRange(b, 12, 16); // ::a.b.c.d, IPv4-compatible (deprecated); not :: or ::1
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8])) {
            return Arrays.copyOfRange(b, 12, 16); // 64:ff9b::a.b.c.d, NAT64
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6); // 2002:aabb:ccdd::, 6to4
        }
        return null;
    }
}
