package com.wmxtopup.counter.adapter.midtrans;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/// How to reach the Midtrans Core API.
///
/// @param baseUrl        the Core API host; paths `/v2/...` are appended ([#SANDBOX], [#PRODUCTION],
///                       or an override such as the simulator's base URL)
/// @param serverKey      the environment's server key: Basic auth and notification signatures
/// @param connectTimeout how long to wait for a connection (nothing sent yet when it runs out)
/// @param readTimeout    how long to wait for the answer once the request is sent
/// @param clock          the time written into `custom_expiry.order_time`
public record MidtransSettings(URI baseUrl, String serverKey, Duration connectTimeout, Duration readTimeout, Clock clock) {

    public static final URI SANDBOX = URI.create("https://api.sandbox.midtrans.com");
    public static final URI PRODUCTION = URI.create("https://api.midtrans.com");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /// Generous: a charge that times out has an unknown outcome the caller must resolve.
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    public MidtransSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(serverKey, "serverKey");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(clock, "clock");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("Midtrans base URL must be an absolute http(s) URL: " + baseUrl);
        }
        if (serverKey.isBlank()) {
            throw new IllegalArgumentException("Midtrans server key is empty");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Midtrans timeouts must be positive");
        }
    }

    /// The given host with default timeouts and the system clock.
    public static MidtransSettings of(URI baseUrl, String serverKey) {
        return new MidtransSettings(baseUrl, serverKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Clock.systemUTC());
    }

    public static MidtransSettings sandbox(String serverKey) {
        return of(SANDBOX, serverKey);
    }

    public static MidtransSettings production(String serverKey) {
        return of(PRODUCTION, serverKey);
    }

    public MidtransSettings withTimeouts(Duration connect, Duration read) {
        return new MidtransSettings(baseUrl, serverKey, connect, read, clock);
    }

    public MidtransSettings withClock(Clock newClock) {
        return new MidtransSettings(baseUrl, serverKey, connectTimeout, readTimeout, newClock);
    }

    /// Never shows the server key (records print every component by default).
    @Override
    public String toString() {
        return "MidtransSettings[baseUrl=" + baseUrl + ", serverKey=" + masked(serverKey) + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", clock=" + clock + "]";
    }

    private static String masked(String key) {
        // The environment prefix helps spot a sandbox key used against production; nothing else shows.
        for (String prefix : new String[] {"SB-Mid-server-", "Mid-server-"}) {
            if (key.startsWith(prefix)) {
                return prefix + "****";
            }
        }
        return "****";
    }
}
