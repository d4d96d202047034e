package com.wmxtopup.counter.adapter.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The supplier whitelists IPv4 addresses, so a dual-stack host must connect over IPv4.
class VipPreferIpv4DnsTest {

    private static InetAddress address(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void onlyTheIpv4AddressesAreUsedWhenThereAreAny() throws Exception {
        var v6 = address("2001:db8::1");
        var v4a = address("203.0.113.7");
        var v4b = address("203.0.113.8");
        var dns = new PreferIpv4Dns(host -> List.of(v6, v4a, v4b));

        assertThat(dns.lookup("vip-reseller.co.id")).containsExactly(v4a, v4b);
    }

    @Test
    void anIpv6OnlyHostKeepsItsAddressesSoTheWhitelistErrorNamesThem() throws Exception {
        var v6 = address("2001:db8::1");
        var dns = new PreferIpv4Dns(host -> List.of(v6));

        assertThat(dns.lookup("v6only.example")).containsExactly(v6);
    }
}
