package com.wmxtopup.counter.ui.common;

import com.wmxtopup.counter.domain.Money;

/// `Rp 10.000`: rupiah with a dot every three digits, as Indonesian shops write it, in every language.
public final class RupiahFormat {

    private RupiahFormat() {
    }

    public static String format(Money money) {
        return "Rp " + groupThousands(money.rupiah());
    }

    static String groupThousands(long value) {
        String digits = Long.toString(value);
        var out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
