package com.wmxtopup.counter.sandbox.midtrans;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/// A dynamic QRIS payload: the EMVCo merchant-presented TLV string Midtrans returns as
/// `qr_string` (specs/midtrans-api.md §2.2), with the same tags as Midtrans' samples and a
/// correct CRC, so renderers and CRC checks can be tested against it.
final class QrisPayload {

    /// Digital goods / games (what a top-up counter sells).
    static final String MERCHANT_CATEGORY_CODE = "5816";

    private QrisPayload() {
    }

    /// @param merchantId  Midtrans merchant id (`G…`)
    /// @param nmid        the QRIS national merchant id (`ID…`, 15 characters)
    /// @param reference   the QR's own reference (a UUID; Midtrans' `merchant_cross_reference_id`)
    static String build(String merchantId, String nmid, String merchantName, String merchantCity, String postalCode, long rupiah,
            String reference, String terminalLabel) {
        String withoutCrc = tlv("00", "01") // payload format indicator
                + tlv("01", "12") // dynamic QR: one payment, one amount
                + tlv("26", tlv("00", "COM.GO-JEK.WWW")
                        + tlv("01", "936009140" + digitsOf(nmid, 9)) // GoPay's merchant PAN
                        + tlv("02", merchantId)
                        + tlv("03", "UKE")) // merchant criteria: micro business
                + tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", nmid) + tlv("03", "UKE"))
                + tlv("52", MERCHANT_CATEGORY_CODE)
                + tlv("53", "360") // IDR
                + tlv("54", rupiah + ".00")
                + tlv("58", "ID")
                + tlv("59", printable(merchantName, 25))
                + tlv("60", printable(merchantCity, 15))
                + tlv("61", postalCode)
                + tlv("62", tlv("50", reference) + tlv("07", terminalLabel))
                + "6304";
        return withoutCrc + crc16(withoutCrc);
    }

    /// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection), as four
    /// upper-case hex digits — the QRIS tag 63 checksum over everything before it, `6304` included.
    static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return HexFormat.of().withUpperCase().toHexDigits((short) crc);
    }

    private static String tlv(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("QRIS tag " + tag + " value is longer than 99 characters");
        }
        return tag + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    /// Upper-case printable ASCII, cut to `max` (QRIS name and city fields).
    private static String printable(String text, int max) {
        String ascii = text.toUpperCase(Locale.ROOT).replaceAll("[^ -~]", "").strip();
        return ascii.length() <= max ? ascii : ascii.substring(0, max);
    }

    private static String digitsOf(String text, int count) {
        String digits = text.replaceAll("[^0-9]", "");
        String padded = "0".repeat(count) + digits;
        return padded.substring(padded.length() - count);
    }
}
