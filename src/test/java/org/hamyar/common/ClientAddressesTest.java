package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Only the right end of X-Forwarded-For, written by trusted proxies, says who the client is. */
class ClientAddressesTest {

    private static final List<ClientAddresses.Cidr> LOOPBACK = ClientAddresses
            .parse(List.of("127.0.0.1", "[0:0:0:0:0:0:0:1]"));
    private static final List<ClientAddresses.Cidr> TWO_HOPS = ClientAddresses
            .parse(List.of("127.0.0.0/8", "::1", "10.1.0.0/16"));

    private static String client(String peer, List<ClientAddresses.Cidr> trusted, String... headers) {
        return ClientAddresses.resolve(peer, List.of(headers), trusted);
    }

    @Test
    void aClientCannotChooseItsAddressByWritingTheHeaderItself() {
        // A same-host proxy appends the address it saw; what the client wrote stays on the left.
        assertThat(client("127.0.0.1", LOOPBACK, "6.6.6.6, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(client("127.0.0.1", LOOPBACK, "6.6.6.6", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(client("127.0.0.1", LOOPBACK, "198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void theHeaderIsIgnoredUnlessTheConnectionIsFromATrustedProxy() {
        assertThat(client("198.51.100.7", LOOPBACK, "6.6.6.6")).isEqualTo("198.51.100.7");
        assertThat(client("127.0.0.1", List.of(), "6.6.6.6")).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", ClientAddresses.parse(List.of("none")), "6.6.6.6")).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", LOOPBACK)).isEqualTo("127.0.0.1");
    }

    @Test
    void trustedProxiesAreSkippedFromTheRight() {
        // client → edge proxy 10.1.2.3 → local proxy → service
        assertThat(client("127.0.0.1", TWO_HOPS, "6.6.6.6, 203.0.113.5, 10.1.2.3")).isEqualTo("203.0.113.5");
        // A client that pretends to be a trusted proxy gains nothing: the entry left of it is still its own.
        assertThat(client("127.0.0.1", TWO_HOPS, "10.1.9.9, 203.0.113.5, 10.1.2.3")).isEqualTo("203.0.113.5");
        assertThat(client("127.0.0.1", LOOPBACK, "203.0.113.5, 10.1.2.3")).isEqualTo("10.1.2.3");
        // All trusted: the leftmost is as far as the chain goes.
        assertThat(client("127.0.0.1", TWO_HOPS, "10.1.0.7, 127.0.0.1")).isEqualTo("10.1.0.7");
    }

    @Test
    void ipv6PortsAndJunkAreHandled() {
        assertThat(client("0:0:0:0:0:0:0:1", LOOPBACK, "2001:db8::1, 2a01:5ec0::7")).isEqualTo("2a01:5ec0::7");
        assertThat(client("127.0.0.1", LOOPBACK, "[2a01:5ec0::7]:443")).isEqualTo("2a01:5ec0::7");
        assertThat(client("127.0.0.1", LOOPBACK, "198.51.100.7:5123")).isEqualTo("198.51.100.7");
        assertThat(client("127.0.0.1", LOOPBACK, "6.6.6.6, unknown")).isEqualTo("unknown");
        assertThat(client("127.0.0.1", LOOPBACK, "6.6.6.6, " + "x".repeat(100))).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", LOOPBACK, " , ")).isEqualTo("127.0.0.1");
    }

    @Test
    void aBadTrustedProxyEntryStopsStartUp() {
        assertThatThrownBy(() -> ClientAddresses.parse(List.of("proxy.example.ir")))
                .hasMessageContaining("hamyar.http.trusted-proxies");
    }
}
