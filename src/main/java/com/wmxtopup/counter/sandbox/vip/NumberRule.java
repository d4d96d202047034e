package com.wmxtopup.counter.sandbox.vip;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/// The simulator's check of a prepaid customer number, made when the order arrives; a refused
/// number is answered at once with the clone's texts (spec §5) and nothing is charged:
///
/// - Operator products (pulsa, data): a mobile number `08…` of 10–13 digits whose prefix belongs
///   to the product's operator. Another operator's prefix, or anything that is not such a number,
///   is `Nomor salah.`; a well-formed number whose prefix belongs to no operator is
///   `Nomor tidak diketahui.`
/// - E-money: any well-formed mobile number of a known operator (same two refusals).
/// - PLN tokens: a meter number (11 digits) or customer ID (12 digits); else `Nomor salah.`
///
/// Only the local `08…` form is accepted: whether the real API also takes `62…` is not documented.
final class NumberRule {

    static final String WRONG_NUMBER = "Nomor salah.";
    static final String UNKNOWN_NUMBER = "Nomor tidak diketahui.";

    /// Indonesian mobile operators and their number prefixes.
    enum Operator {
        TELKOMSEL("0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853"),
        INDOSAT("0814", "0815", "0816", "0855", "0856", "0857", "0858"),
        XL("0817", "0818", "0819", "0859", "0877", "0878"),
        AXIS("0831", "0832", "0833", "0838"),
        TRI("0895", "0896", "0897", "0898", "0899"),
        SMARTFREN("0881", "0882", "0883", "0884", "0885", "0886", "0887", "0888", "0889");

        private final List<String> prefixes;

        Operator(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }

        /// The brand name the catalog lists, e.g. `TELKOMSEL`.
        String brand() {
            return name();
        }

        static Optional<Operator> of(String mobileNumber) {
            String prefix = mobileNumber.substring(0, 4);
            return Arrays.stream(values()).filter(o -> o.prefixes.contains(prefix)).findFirst();
        }
    }

    private static final Pattern MOBILE_NUMBER = Pattern.compile("08\\d{8,11}");
    private static final Pattern METER_NUMBER = Pattern.compile("\\d{11,12}");

    static final NumberRule ANY_MOBILE = new NumberRule(Optional.empty(), false);
    static final NumberRule PLN_METER = new NumberRule(Optional.empty(), true);

    private final Optional<Operator> operator;
    private final boolean meter;

    private NumberRule(Optional<Operator> operator, boolean meter) {
        this.operator = operator;
        this.meter = meter;
    }

    static NumberRule operator(Operator operator) {
        return new NumberRule(Optional.of(operator), false);
    }

    /// The refusal text for `number`, or empty when an order may be placed for it.
    Optional<String> refusal(String number) {
        if (meter) {
            return METER_NUMBER.matcher(number).matches() ? Optional.empty() : Optional.of(WRONG_NUMBER);
        }
        if (!MOBILE_NUMBER.matcher(number).matches()) {
            return Optional.of(WRONG_NUMBER);
        }
        Optional<Operator> actual = Operator.of(number);
        if (actual.isEmpty()) {
            return Optional.of(UNKNOWN_NUMBER);
        }
        return operator.isEmpty() || operator.equals(actual) ? Optional.empty() : Optional.of(WRONG_NUMBER);
    }
}
