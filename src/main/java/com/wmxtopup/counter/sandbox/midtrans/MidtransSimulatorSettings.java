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
/// @param idleCloseSeconds       close a keep-alive connection idle for longer than this, like
///                               Apache (5 s by default there); 0 = off, Jetty's 30 s idle timeout applies
/// @param http10                 behave like an HTTP/1.0 server without keep-alive: close each
///                               connection after its first answer, without a `Connection: close` header
///
/// With either of the last two, a request that comes on a connection the server has closed is
/// dropped unanswered, deterministically, and counted
/// ([MidtransSimulator#requestsDroppedOnClosedConnections]; see
/// [com.wmxtopup.counter.sandbox.ServerConnections]).
public record MidtransSimulatorSettings(String serverKey, Optional<URI> defaultNotificationUrl, HttpStatusMode httpStatusMode, Clock clock,
                                        long randomSeed, Duration notificationTimeout, int idleCloseSeconds, boolean http10) {

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
        if (idleCloseSeconds < 0) {
            throw new IllegalArgumentException("idle close seconds cannot be negative: " + idleCloseSeconds);
        }
    }

    /// Midtrans-like status lines, no default notification URL, the system clock, a random seed,
    /// keep-alive connections (Jetty's 30 s idle timeout).
    public static MidtransSimulatorSettings of(String serverKey) {
        return new MidtransSimulatorSettings(serverKey, Optional.empty(), HttpStatusMode.MIDTRANS_LIKE, Clock.systemUTC(),
                System.nanoTime(), DEFAULT_NOTIFICATION_TIMEOUT, 0, false);
    }

    public MidtransSimulatorSettings withDefaultNotificationUrl(URI url) {
        return new MidtransSimulatorSettings(serverKey, Optional.of(url), httpStatusMode, clock, randomSeed, notificationTimeout,
                idleCloseSeconds, http10);
    }

    public MidtransSimulatorSettings withHttpStatusMode(HttpStatusMode mode) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, mode, clock, randomSeed, notificationTimeout,
                idleCloseSeconds, http10);
    }

    public MidtransSimulatorSettings withClock(Clock newClock) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, newClock, randomSeed, notificationTimeout,
                idleCloseSeconds, http10);
    }

    public MidtransSimulatorSettings withRandomSeed(long seed) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, clock, seed, notificationTimeout,
                idleCloseSeconds, http10);
    }

    public MidtransSimulatorSettings withNotificationTimeout(Duration timeout) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, clock, randomSeed, timeout,
                idleCloseSeconds, http10);
    }

    /// Closes keep-alive connections idle for longer than `seconds` (0 = off), as Apache does
    /// after 5 s.
    public MidtransSimulatorSettings withIdleCloseSeconds(int seconds) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, clock, randomSeed, notificationTimeout,
                seconds, http10);
    }

    /// Answers like an HTTP/1.0 server without keep-alive: each connection is closed after its
    /// first answer, unannounced.
    public MidtransSimulatorSettings withHttp10(boolean on) {
        return new MidtransSimulatorSettings(serverKey, defaultNotificationUrl, httpStatusMode, clock, randomSeed, notificationTimeout,
                idleCloseSeconds, on);
    }

    /// Never shows the server key.
    @Override
    public String toString() {
        return "MidtransSimulatorSettings[serverKey=****, defaultNotificationUrl=" + defaultNotificationUrl + ", httpStatusMode="
                + httpStatusMode + ", clock=" + clock + ", randomSeed=" + randomSeed + ", notificationTimeout=" + notificationTimeout
                + ", idleCloseSeconds=" + idleCloseSeconds + ", http10=" + http10 + "]";
    }
}
