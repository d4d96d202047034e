package com.wmxtopup.counter.application.port;

import java.util.Objects;

/// Narrows the prepaid catalog to one product type (e.g. `pulsa-reguler`, `paket-internet`,
/// `token-pln`, `saldo-emoney`) or one brand (e.g. `TELKOMSEL`), as the supplier names them.
///
/// @param by    what `value` is compared with
/// @param value the supplier's type or brand name, kept trimmed
public record PrepaidFilter(By by, String value) {

    public enum By {
        TYPE,
        BRAND
    }

    public PrepaidFilter {
        Objects.requireNonNull(by, "by");
        value = Objects.requireNonNull(value, "value").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a prepaid filter needs a value");
        }
    }

    public static PrepaidFilter byType(String type) {
        return new PrepaidFilter(By.TYPE, type);
    }

    public static PrepaidFilter byBrand(String brand) {
        return new PrepaidFilter(By.BRAND, brand);
    }
}
