package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.domain.Money;

/// `Rp 10.000`, exactly as the screens show it (`ui.common.RupiahFormat`, which adapters may not
/// use); a test keeps the two in step.
final class ReceiptRupiah {

    private ReceiptRupiah() {
    }

    /// A signed amount: `-Rp 2.000`, `+Rp 5.000` (zero without a sign), for a variance or a
    /// difference.
    static String signed(long rupiah) {
        String plain = format(Money.rupiah(Math.abs(rupiah)));
        return rupiah > 0 ? "+" + plain : rupiah < 0 ? "-" + plain : plain;
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
