package com.wmxtopup.counter.adapter.midtrans;

import com.wmxtopup.counter.domain.Money;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Midtrans amounts in answers and notifications (`"25000.00"`) as whole rupiah.
///
/// Parsed exactly, without floating point: digits, optionally a dot and one or two fraction
/// digits that must be zero (`"25000"`, `"25000.0"`, `"25000.00"`). Rejected: a real fraction
/// (`"25000.50"`), three fraction digits (`"25.000"` is Indonesian grouping for 25 thousand,
/// never read as 25), commas, signs, exponents and numbers too large for a `long`.
final class MidtransAmount {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("([0-9]{1,18})(?:\\.([0-9]{1,2}))?");

    private MidtransAmount() {
    }

    /// The amount, or empty when the text is not a whole rupiah amount.
    static Optional<Money> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PLAIN_DECIMAL.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String fraction = m.group(2);
        if (fraction != null && !fraction.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        return Optional.of(Money.rupiah(Long.parseLong(m.group(1))));
    }
}
