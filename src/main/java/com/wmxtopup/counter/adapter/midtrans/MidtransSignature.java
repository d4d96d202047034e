package com.wmxtopup.counter.adapter.midtrans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/// Midtrans' `signature_key` (specs/midtrans-api.md §4.3):
/// `lowercase_hex(SHA-512(order_id + status_code + gross_amount + server_key))`.
///
/// The three fields are used exactly as they appear in the body that carries the signature:
/// `"10000.00"` and `"10000"` give different signatures, and reformatting an amount (or taking
/// the HTTP status instead of the body's `status_code`) breaks verification.
public final class MidtransSignature {

    private static final HexFormat LOWER_HEX = HexFormat.of();

    private MidtransSignature() {
    }

    /// The signature Midtrans would send for these fields, as 128 lowercase hex characters.
    public static String of(String orderId, String statusCode, String grossAmount, String serverKey) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(grossAmount, "grossAmount");
        Objects.requireNonNull(serverKey, "serverKey");
        byte[] input = (orderId + statusCode + grossAmount + serverKey).getBytes(StandardCharsets.UTF_8);
        return LOWER_HEX.formatHex(sha512().digest(input));
    }

    /// Whether `received` is the signature of the fields, compared in constant time so the
    /// comparison leaks nothing about how much of a forged signature was right. Hex case is
    /// ignored (Midtrans sends lowercase).
    public static boolean matches(String received, String orderId, String statusCode, String grossAmount, String serverKey) {
        if (received == null) {
            return false;
        }
        byte[] expected = of(orderId, statusCode, grossAmount, serverKey).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = received.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual);
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-512 (java.security.MessageDigest's contract).
            throw new IllegalStateException("SHA-512 is not available", e);
        }
    }
}
