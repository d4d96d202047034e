package com.wmxtopup.counter.adapter.vip;

import java.time.Duration;
import java.util.Objects;

/// How to reach VIP Reseller (or its simulator). `apiKey` is a secret: [#toString] never shows
/// it, and neither does anything the client logs or throws.
///
/// @param baseUrl        the API base without a trailing slash, e.g. `https://vip-reseller.co.id/api`;
///                       endpoints are `<baseUrl>/profile`, `<baseUrl>/game-feature` and
///                       `<baseUrl>/prepaid`
/// @param apiId          the account's API ID
/// @param apiKey         the account's API KEY
/// @param connectTimeout how long to wait for the TCP/TLS connection
/// @param readTimeout    how long to wait for each read (and write) on the connection
/// @param callTimeout    the limit for a whole call, connect to last byte
public record VipResellerSettings(String baseUrl, String apiId, String apiKey, Duration connectTimeout,
                                  Duration readTimeout, Duration callTimeout) {

    public static final String PRODUCTION_BASE_URL = "https://vip-reseller.co.id/api";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /// Orders can take a while at the supplier; long enough not to turn slow answers into
    /// "unknown" outcomes, short enough for a customer waiting at the counter.
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(25);

    public VipResellerSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("VIP Reseller base URL must start with http:// or https://: " + baseUrl);
        }
        apiId = Objects.requireNonNullElse(apiId, "").strip();
        apiKey = Objects.requireNonNullElse(apiKey, "").strip();
        if (apiId.isEmpty() || apiKey.isEmpty()) {
            throw new IllegalArgumentException("VIP Reseller API ID and API KEY are both required");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callTimeout, "callTimeout");
    }

    /// Default timeouts; the call limit leaves room for connecting plus one slow read.
    public static VipResellerSettings of(String baseUrl, String apiId, String apiKey) {
        return withTimeouts(baseUrl, apiId, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    /// The given connect and read timeouts; the call limit is their sum plus one second.
    public static VipResellerSettings withTimeouts(String baseUrl, String apiId, String apiKey,
            Duration connectTimeout, Duration readTimeout) {
        return new VipResellerSettings(baseUrl, apiId, apiKey, connectTimeout, readTimeout,
                connectTimeout.plus(readTimeout).plusSeconds(1));
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    @Override
    public String toString() {
        return "VipResellerSettings[" + baseUrl + ", apiId=***, apiKey=***, connect=" + connectTimeout
                + ", read=" + readTimeout + ", call=" + callTimeout + "]";
    }
}
