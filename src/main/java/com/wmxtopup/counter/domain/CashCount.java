package com.wmxtopup.counter.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/// Cash counted in a drawer: piece by piece per [Denomination], or only as a total when the
/// cashier typed one sum. The total is what the books use; the pieces are kept to explain it.
///
/// @param pieces how many of each denomination (empty when counted as a total only)
/// @param total  the value of the cash
public record CashCount(Map<Denomination, Integer> pieces, Money total) {

    public static final CashCount NONE = new CashCount(Map.of(), Money.ZERO);

    public CashCount {
        Objects.requireNonNull(total, "total");
        var copy = new EnumMap<Denomination, Integer>(Denomination.class);
        Objects.requireNonNull(pieces, "pieces").forEach((denomination, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative count of " + denomination);
            }
            if (count > 0) {
                copy.put(denomination, count);
            }
        });
        pieces = Collections.unmodifiableMap(copy);
        if (!pieces.isEmpty() && !sum(pieces).equals(total)) {
            throw new IllegalArgumentException("pieces add up to " + sum(pieces).rupiah() + ", not " + total.rupiah());
        }
    }

    /// A count of notes and coins; the total is their sum.
    public static CashCount of(Map<Denomination, Integer> pieces) {
        return new CashCount(pieces, sum(pieces));
    }

    /// Only the sum of the cash, without the pieces.
    public static CashCount ofTotal(Money total) {
        return new CashCount(Map.of(), total);
    }

    public boolean isByDenomination() {
        return !pieces.isEmpty();
    }

    public int count(Denomination denomination) {
        return pieces.getOrDefault(denomination, 0);
    }

    private static Money sum(Map<Denomination, Integer> pieces) {
        long total = 0;
        for (var piece : pieces.entrySet()) {
            total = Math.addExact(total, Math.multiplyExact(piece.getKey().value().rupiah(), piece.getValue().longValue()));
        }
        return Money.rupiah(total);
    }
}
