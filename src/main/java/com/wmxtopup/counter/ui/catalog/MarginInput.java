package com.wmxtopup.counter.ui.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Parses what the admin types into margin fields, exactly (no floating point): percentages
/// with up to two decimals (`5`, `2,5`, `12.75`) into basis points, and rupiah amounts with
/// optional thousands dots (`1.000`, `500`, `Rp 2.500`) into whole rupiah.
final class MarginInput {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,4})(?:[.,](\\d{1,2}))?");
    private static final Pattern RUPIAH = Pattern.compile("(?:rp\\s*)?(\\d{1,3}(?:\\.\\d{3})+|\\d{1,12})", Pattern.CASE_INSENSITIVE);

    private MarginInput() {
    }

    /// Basis points (1 % = 100), or empty when the text is not a percentage.
    static Optional<Long> percentToBasisPoints(String text) {
        Matcher m = PERCENT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long whole = Long.parseLong(m.group(1));
        String fraction = m.group(2) == null ? "0" : m.group(2);
        long hundredths = fraction.length() == 1 ? Long.parseLong(fraction) * 10 : Long.parseLong(fraction);
        return Optional.of(whole * 100 + hundredths);
    }

    /// Whole rupiah, or empty when the text is not an amount.
    static Optional<Long> rupiah(String text) {
        Matcher m = RUPIAH.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1).replace(".", "")));
    }

    /// `250` basis points → `2,5` (Indonesian decimal comma), for showing a stored rule.
    static String basisPointsToText(long basisPoints) {
        long whole = basisPoints / 100;
        long rest = basisPoints % 100;
        if (rest == 0) {
            return Long.toString(whole);
        }
        return whole + "," + (rest % 10 == 0 ? Long.toString(rest / 10) : String.format("%02d", rest));
    }
}
