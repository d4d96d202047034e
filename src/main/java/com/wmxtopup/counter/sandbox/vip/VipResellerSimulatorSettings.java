package com.wmxtopup.counter.sandbox.vip;

import com.wmxtopup.counter.domain.PriceLevel;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// How the built-in VIP Reseller simulator behaves. Start from [#demo] and change what a test or
/// the demo needs with the `with…` methods. `apiKey` is a secret even here: [#toString] hides it.
///
/// @param apiId            the only API ID the simulator accepts
/// @param apiKey           the only API KEY the simulator accepts (`sign` = md5(apiId + apiKey))
/// @param fullName         the profile's `full_name`
/// @param username         the profile's `username`
/// @param startingBalance  the account balance in rupiah at start
/// @param level            the account level, which selects the price tier charged
/// @param catalogSize      how many game items `game-feature` `services` lists (default
///                         [#DEFAULT_CATALOG_SIZE]; larger catalogs add generated voucher games, for
///                         benchmarks); the prepaid catalog is fixed
/// @param waitingFor       how long a new order stays `waiting`
/// @param processingFor    how long it then stays `processing` before `success` or `error`
/// @param errorRatePercent share of valid orders (0–100) that end in `error` anyway
/// @param seed             makes the catalog's empty items and the random errors repeatable
/// @param callbackUrl      where to POST status changes (`{"data":{…}}`, `X-Client-Signature`)
/// @param minimumBalance   balance the account must keep after an order (`Saldo akun minimum …`)
/// @param rateLimit        emulate the 6-second rule between orders of the same game (or prepaid
///                         brand) and `Transaksi serupa masih dalam proses.` for a repeated pending order
/// @param whitelistedIps   caller addresses allowed (`IP x is not permitted` for others)
/// @param port             TCP port on 127.0.0.1; 0 picks a free one
/// @param idleCloseSeconds close a keep-alive connection idle for longer than this, like Apache
///                         (5 s by default there); 0 = off, Jetty's 30 s idle timeout applies
/// @param http10           behave like an HTTP/1.0 server without keep-alive: close each connection
///                         after its first answer, without a `Connection: close` header
///
/// With either of the last two, a request that comes on a connection the server has closed is
/// dropped unanswered, deterministically, and counted
/// ([VipResellerSimulator#requestsDroppedOnClosedConnections]; see
/// [com.wmxtopup.counter.sandbox.ServerConnections]).
public record VipResellerSimulatorSettings(
                                           String apiId,
                                           String apiKey,
                                           String fullName,
                                           String username,
                                           long startingBalance,
                                           PriceLevel level,
                                           int catalogSize,
                                           Duration waitingFor,
                                           Duration processingFor,
                                           int errorRatePercent,
                                           long seed,
                                           Optional<URI> callbackUrl,
                                           long minimumBalance,
                                           boolean rateLimit,
                                           Set<String> whitelistedIps,
                                           int port,
                                           int idleCloseSeconds,
                                           boolean http10) {

    /// About what the real supplier lists for the games the shop sells.
    public static final int DEFAULT_CATALOG_SIZE = SimulatedCatalog.BASE_SIZE;
    public static final int MAX_CATALOG_SIZE = 100_000;
    /// The balance of the spec's fixtures (F1, F8).
    public static final long DEFAULT_BALANCE = 500_000;

    public VipResellerSimulatorSettings {
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(waitingFor, "waitingFor");
        Objects.requireNonNull(processingFor, "processingFor");
        fullName = Objects.requireNonNullElse(fullName, "");
        username = Objects.requireNonNullElse(username, "");
        callbackUrl = Objects.requireNonNullElse(callbackUrl, Optional.empty());
        whitelistedIps = Set.copyOf(Objects.requireNonNull(whitelistedIps, "whitelistedIps"));
        if (apiId.isBlank() || apiKey.isBlank()) {
            throw new IllegalArgumentException("the simulator needs an API ID and an API KEY");
        }
        if (startingBalance < 0 || minimumBalance < 0) {
            throw new IllegalArgumentException("balances cannot be negative");
        }
        if (catalogSize < 1 || catalogSize > MAX_CATALOG_SIZE) {
            throw new IllegalArgumentException("catalog size must be 1.." + MAX_CATALOG_SIZE + ": " + catalogSize);
        }
        if (waitingFor.isNegative() || processingFor.isNegative()) {
            throw new IllegalArgumentException("status delays cannot be negative");
        }
        if (errorRatePercent < 0 || errorRatePercent > 100) {
            throw new IllegalArgumentException("error rate must be 0..100 percent: " + errorRatePercent);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        if (idleCloseSeconds < 0) {
            throw new IllegalArgumentException("idle close seconds cannot be negative: " + idleCloseSeconds);
        }
    }

    /// Demo defaults: Rp 500.000, Basic, the realistic catalog, waiting 2 s → processing 3 s →
    /// final, 5 % of orders ending in `error`, no callbacks, no minimum balance, no rate limit,
    /// only 127.0.0.1 allowed, a free port, keep-alive connections (Jetty's 30 s idle timeout).
    public static VipResellerSimulatorSettings demo(String apiId, String apiKey) {
        return new VipResellerSimulatorSettings(apiId, apiKey, "Toko Simulasi", "tokosim", DEFAULT_BALANCE, PriceLevel.BASIC,
                DEFAULT_CATALOG_SIZE, Duration.ofSeconds(2), Duration.ofSeconds(3), 5, 20_240_110L, Optional.empty(), 0,
                false, Set.of("127.0.0.1"), 0, 0, false);
    }

    public VipResellerSimulatorSettings withBalance(long rupiah) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, rupiah, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withLevel(PriceLevel newLevel) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, newLevel, catalogSize,
                waitingFor, processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withCatalogSize(int items) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, items, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, http10);
    }

    /// How long orders stay `waiting`, then `processing`. Tests that drive the progression by
    /// hand ([VipResellerSimulator#advanceAll]) pass long delays so the clock never interferes.
    public VipResellerSimulatorSettings withStatusDelays(Duration waiting, Duration processing) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waiting,
                processing, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withErrorRatePercent(int percent) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, percent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port, idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withSeed(long newSeed) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, newSeed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withCallbackUrl(URI url) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, Optional.of(url), minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withMinimumBalance(long rupiah) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, rupiah, rateLimit, whitelistedIps, port, idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withRateLimit(boolean on) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, on, whitelistedIps, port, idleCloseSeconds,
                http10);
    }

    public VipResellerSimulatorSettings withWhitelistedIps(Set<String> ips) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, ips, port, idleCloseSeconds, http10);
    }

    public VipResellerSimulatorSettings withPort(int tcpPort) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, tcpPort,
                idleCloseSeconds, http10);
    }

    /// Closes keep-alive connections idle for longer than `seconds` (0 = off), as Apache does
    /// after 5 s.
    public VipResellerSimulatorSettings withIdleCloseSeconds(int seconds) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port, seconds, http10);
    }

    /// Answers like an HTTP/1.0 server without keep-alive: each connection is closed after its
    /// first answer, unannounced.
    public VipResellerSimulatorSettings withHttp10(boolean on) {
        return new VipResellerSimulatorSettings(apiId, apiKey, fullName, username, startingBalance, level, catalogSize, waitingFor,
                processingFor, errorRatePercent, seed, callbackUrl, minimumBalance, rateLimit, whitelistedIps, port,
                idleCloseSeconds, on);
    }

    @Override
    public String toString() {
        return "VipResellerSimulatorSettings[apiId=" + apiId + ", apiKey=***, balance=" + startingBalance + ", level=" + level
                + ", catalog=" + catalogSize + ", waiting=" + waitingFor + ", processing=" + processingFor + ", errors="
                + errorRatePercent + "%, seed=" + seed + ", callback=" + callbackUrl.map(URI::toString).orElse("none")
                + ", minimumBalance=" + minimumBalance + ", rateLimit=" + rateLimit + ", whitelist=" + whitelistedIps
                + ", port=" + port + ", idleCloseSeconds=" + idleCloseSeconds + ", http10=" + http10 + "]";
    }
}
