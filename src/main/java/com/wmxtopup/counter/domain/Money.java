package com.wmxtopup.counter.domain;

/// An amount of Indonesian rupiah. Rupiah has no minor unit in practice, so money is a whole
/// `long` everywhere: never float, double or BigDecimal (see docs/adr/0003-money-as-long-rupiah.md).
/// Formatting (`Rp 10.000`) belongs to the UI layer.
public record Money(long rupiah) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (rupiah < 0) {
            throw new IllegalArgumentException("negative amount: " + rupiah);
        }
    }

    public static Money rupiah(long amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(rupiah, other.rupiah));
    }

    /// The difference; throws when it would be negative (use [#isLessThan] first).
    public Money minus(Money other) {
        return new Money(Math.subtractExact(rupiah, other.rupiah));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(rupiah, quantity));
    }

    /// Rounds up to the next multiple of `step` rupiah (step 1 leaves the amount unchanged).
    public Money roundUpTo(long step) {
        if (step <= 0) {
            throw new IllegalArgumentException("rounding step must be positive: " + step);
        }
        return new Money(Math.multiplyExact(Math.ceilDiv(rupiah, step), step));
    }

    public boolean isLessThan(Money other) {
        return rupiah < other.rupiah;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(rupiah, other.rupiah);
    }
}
