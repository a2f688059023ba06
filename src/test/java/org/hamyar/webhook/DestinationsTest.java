package org.hamyar.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks go only to public addresses: every internal range, in every spelling, is refused. */
class DestinationsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv4
            "0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1",
            "172.31.255.255", "192.168.0.1", "192.168.255.255", "169.254.169.254", "169.254.0.1", "100.64.0.1",
            "100.127.255.255", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.0.8",
            "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9",
            // IPv6
            "::", "::1", "fe80::1", "fe80::1ff:fe23:4567:890a", "febf::1", "fec0::1", "fc00::1", "fd12:3456:789a::1",
            "ff02::1", "ff05::1:3", "2001:db8::1", "100::1",
            // IPv4 inside IPv6: mapped, compatible, NAT64, 6to4
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::ffff:a9fe:a9fe", "::ffff:0.0.0.0",
            "::127.0.0.1", "::10.1.2.3", "64:ff9b::10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1",
            "2002:7f00:1::" })
    void internalAddressesAreRefused(String literal) throws UnknownHostException {
        assertThat(Destinations.isInternal(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "5.160.0.1", "185.143.232.1", "100.63.255.255", "100.128.0.1",
            "172.15.255.255", "172.32.0.1", "169.253.0.1", "192.169.0.1", "11.0.0.1", "223.255.255.254",
            "2a01:5ec0::1", "2001:4860:4860::8888", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808",
            "2002:808:808::1" })
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(Destinations.isInternal(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @Test
    void aMappedAddressGivenAsSixteenBytesIsJudgedByItsIpv4() throws UnknownHostException {
        byte[] mapped = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254, (byte) 169,
                (byte) 254 };
        assertThat(Destinations.isInternal(InetAddress.getByAddress("metadata.example", mapped))).isTrue();
        assertThat(Destinations.isLoopback(InetAddress.getByName("::ffff:127.0.0.2"))).isTrue();
        assertThat(Destinations.isLoopback(InetAddress.getByName("::1"))).isTrue();
        assertThat(Destinations.isLoopback(InetAddress.getByName("10.0.0.1"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "LOCALHOST", "api.localhost", "intranet", "metadata", "db.internal",
            "printer.local", "nas.home.arpa", "box.localdomain", "router.lan", "localhost." })
    void internalNamesAreRefused(String host) {
        assertThat(Destinations.isInternalName(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "partner.example.ir", "app.mashhad-charity.ir", "hooks.ngo.org.", "internal.example.com" })
    void publicNamesAreAllowed(String host) {
        assertThat(Destinations.isInternalName(host)).as(host).isFalse();
    }
}
