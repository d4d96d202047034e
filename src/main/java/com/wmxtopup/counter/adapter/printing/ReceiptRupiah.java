package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.domain.Money;

/// `Rp 10.000`, exactly as the screens show it (`ui.common.RupiahFormat`, which adapters may not
/// use); a test keeps the two in step.
final class ReceiptRupiah {

    private ReceiptRupiah() {
    }

    static String format(Money money) {
        String digits = Long.toString(money.rupiah());
        var out = new StringBuilder("Rp ");
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
