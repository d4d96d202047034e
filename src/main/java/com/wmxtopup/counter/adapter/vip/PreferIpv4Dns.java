package com.wmxtopup.counter.adapter.vip;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/// VIP Reseller whitelists callers by IP, and shops usually register their IPv4 address: from a
/// dual-stack host an IPv6 connection is refused with `IP 2001:… is not permitted`. So only the
/// IPv4 addresses of the host are used when it has any. A host with none keeps its IPv6 addresses,
/// and the supplier's refusal then names the address to whitelist, which helps more than a
/// lookup failure would.
final class PreferIpv4Dns implements Dns {

    private final Dns delegate;

    PreferIpv4Dns(Dns delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> all = delegate.lookup(hostname);
        List<InetAddress> ipv4 = all.stream().filter(Inet4Address.class::isInstance).toList();
        return ipv4.isEmpty() ? all : ipv4;
    }
}
