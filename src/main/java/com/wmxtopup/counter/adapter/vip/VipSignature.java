package com.wmxtopup.counter.adapter.vip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/// VIP Reseller's static signature: lowercase hex `md5(API_ID + API_KEY)`. The same value is the
/// `sign` of every request and the `X-Client-Signature` of every callback, so it is as secret as
/// the key itself.
final class VipSignature {

    private final byte[] expected;
    private final String hex;

    VipSignature(String apiId, String apiKey) {
        this.hex = md5Hex(apiId + apiKey);
        this.expected = hex.getBytes(StandardCharsets.US_ASCII);
    }

    static String md5Hex(String text) {
        try {
            var md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    String hex() {
        return hex;
    }

    /// Compares in time independent of where the first difference is, so a caller cannot learn
    /// the signature byte by byte.
    boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, candidate.strip().getBytes(StandardCharsets.UTF_8));
    }
}
