package com.wmxtopup.counter.sandbox.midtrans;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/// How the Midtrans simulator behaves.
///
/// @param serverKey              the only key it accepts (Basic auth) and signs with
/// @param defaultNotificationUrl the dashboard "Payment Notification URL"; empty: only transactions
///                               charged with `X-Override-Notification` get notifications
/// @param httpStatusMode         the HTTP status line on its answers (the body is the same)
/// @param clock                  its time source; tests can also move its time with
///                               [MidtransSimulator#advanceClock]
/// @param randomSeed             seeds transaction ids and QR references, for repeatable runs
/// @param notificationTimeout    how long one notification POST may take
public record MidtransSimulatorSettings(String serverKey, Optional<URI> defaultNotificationUrl, HttpStatusMode httpStatusMode, Clock clock,
                                        long randomSeed, Duration notificationTimeout) {

    public static final Duration DEFAULT_NOTIFICATION_TIMEOUT = Duration.ofSeconds(5);

    public MidtransSimulatorSettings {
        Objects.requireNonNull(serverKey, "serverKey");
        if (serverKey.isBlank()) {
            throw new IllegalArgumentException("the simulator needs a server key");
        }
        defaultNotificationUrl = Objects.requireNonNullElse(defaultNotificationUrl, Optional.empty());
        Objects.requireNonNull(httpStatusMode, "httpStatusMode");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(notificationTimeout, "notificationTimeout");
        if (notificationTimeout.isNegative() || notificationTimeout.isZero()) {
            throw new IllegalArgumentException("notification timeout must be positive");
        }
    }

    /// Midtrans-like status lines, no default notification URL, the system clock, a random seed.
    public static MidtransSimulatorSettings of(String serverKey) {
        return new MidtransSimulatorSettings(serverKey, Optional.empty(), HttpStatusMode.MIDTRANS_LIKE, Clock.systemUTC(),
                System.nanoTime(), DEFAULT_NOTIFICATION_TIMEOUT);
    }

    public MidtransSimulatorSettings withDefaultNotificationUrl(URI url) {
        return new MidtransSimulatorSettings(serverKey, Optional.of(url), httpStatusMode, clock, randomSeed, notificationTimeout);
    }

    public MidtransSimulatorSettings withHttpStatusMode(HttpStatusMode mode) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, mode, clock, randomSeed, notificationTimeout);
    }

    public MidtransSimulatorSettings withClock(Clock newClock) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, newClock, randomSeed, notificationTimeout);
    }

    public MidtransSimulatorSettings withRandomSeed(long seed) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, clock, seed, notificationTimeout);
    }

    public MidtransSimulatorSettings withNotificationTimeout(Duration timeout) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, clock, randomSeed, timeout);
    }

    /// Never shows the server key.
    @Override
    public String toString() {
        return "MidtransSimulatorSettings[serverKey=****, defaultNotificationUrl=" + defaultNotificationUrl + ", httpStatusMode="
                + httpStatusMode + ", clock=" + clock + ", randomSeed=" + randomSeed + ", notificationTimeout=" + notificationTimeout + "]";
    }
}
