package com.wmxtopup.counter.adapter.vip;

import com.wmxtopup.counter.application.port.SupplierException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads VIP Reseller's `result:false` messages (specs/vip-reseller-api.md §1 and §3). The API has
/// no error codes, so its exact texts are the contract; they are matched case-insensitively on
/// their stable beginning so that a changed number ("Saldo akun minimum Anda adalah 10,000.") or
/// a missing final period does not turn a known answer into an unknown one.
final class SupplierMessages {

    /// `IP 203.0.113.7 is not permitted` (IPv4 or IPv6, no trailing period).
    private static final Pattern IP_NOT_PERMITTED = Pattern.compile("^IP\\s+(\\S+)\\s+is not permitted", Pattern.CASE_INSENSITIVE);
    /// `Transaksi dibatasi, coba lagi dalam 6 detik.`
    private static final Pattern RETRY_SECONDS = Pattern.compile("(\\d{1,5})\\s*detik", Pattern.CASE_INSENSITIVE);

    private static final List<String> AUTHENTICATION = List.of(
            "api key not registered",
            "api signature not valid",
            "user not found",
            // Sent when key/sign are missing or the body was not form-encoded: we always send both,
            // so this means our request was mangled or the configured credentials are blank. It is
            // a configuration problem to fix, not a reason to fail a paid order.
            "request not detected");
    private static final List<String> MAINTENANCE = List.of(
            "ada pemeliharaan sistem");
    private static final List<String> INSUFFICIENT_BALANCE = List.of(
            "saldo anda tidak cukup",
            "saldo akun minimum");
    private static final List<String> PRODUCT_UNAVAILABLE = List.of(
            "layanan tidak ditemukan atau saat ini tidak tersedia",
            "server tidak ditemukan atau saat ini tidak tersedia");
    private static final String RATE_LIMITED = "transaksi dibatasi";
    private static final String SIMILAR_IN_PROCESS = "transaksi serupa masih dalam proses";
    private static final List<String> NOT_FOUND = List.of(
            "transaksi tidak ditemukan");
    /// The `services` answer when no product matched the filter: an empty catalog, not an error.
    private static final String NO_SERVICES = "layanan tidak ditemukan.";
    /// Synchronous refusals of the target by the supplier (or its upstream) on `type=order`.
    private static final List<String> INVALID_TARGET = List.of(
            "user id tidak sesuai",
            "masih ada parameter yang kosong",
            "id tidak ditemukan",
            "nomor salah",
            "nomor tidak diketahui",
            "zone tujuan salah");

    private SupplierMessages() {
    }

    /// What kind of refusal `message` is; [Kind#REJECTED] for any text not listed in the spec.
    static Kind classify(String message) {
        String text = normalized(message);
        if (IP_NOT_PERMITTED.matcher(text).find() || startsWithAny(text, AUTHENTICATION)) {
            return Kind.AUTHENTICATION;
        }
        if (startsWithAny(text, MAINTENANCE)) {
            return Kind.MAINTENANCE;
        }
        if (startsWithAny(text, INSUFFICIENT_BALANCE)) {
            return Kind.INSUFFICIENT_BALANCE;
        }
        if (startsWithAny(text, PRODUCT_UNAVAILABLE)) {
            return Kind.PRODUCT_UNAVAILABLE;
        }
        if (text.startsWith(RATE_LIMITED) || text.startsWith(SIMILAR_IN_PROCESS)) {
            return Kind.RATE_LIMITED;
        }
        if (startsWithAny(text, NOT_FOUND)) {
            return Kind.NOT_FOUND;
        }
        return Kind.REJECTED;
    }

    /// The address in `IP x is not permitted`, if that is the message.
    static Optional<String> rejectedIpAddress(String message) {
        Matcher m = IP_NOT_PERMITTED.matcher(normalized(message));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isSimilarInProcess(String message) {
        return normalized(message).startsWith(SIMILAR_IN_PROCESS);
    }

    static boolean isNoServicesFound(String message) {
        return normalized(message).equals(NO_SERVICES);
    }

    static boolean isInvalidTarget(String message) {
        return startsWithAny(normalized(message), INVALID_TARGET);
    }

    /// "coba lagi dalam 6 detik" → 6 seconds, when the message names a wait.
    static Optional<Duration> retryAfter(String message) {
        Matcher m = RETRY_SECONDS.matcher(normalized(message));
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static String normalized(String message) {
        return message == null ? "" : message.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        return prefixes.stream().anyMatch(text::startsWith);
    }
}
