package com.wmxtopup.counter.sandbox.midtrans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/// Signs notifications and status answers the way Midtrans does (specs/midtrans-api.md §4.3).
/// The simulator's own copy: it must not depend on the adapter it is used to test.
final class SimulatorSignature {

    private SimulatorSignature() {
    }

    static String sign(String orderId, String statusCode, String grossAmount, String serverKey) {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            byte[] digest = sha512.digest((orderId + statusCode + grossAmount + serverKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is not available", e);
        }
    }
}
