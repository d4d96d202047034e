package com.wmxtopup.counter.domain;

import java.util.Objects;

/// A margin on top of the buy price: a percentage (in basis points, 1000 = 10 %) plus a flat
/// amount, then rounded up to a step. Rules exist per shop (default), per game and per product;
/// the most specific one that matches an item wins.
///
/// @param scope              what the rule applies to
/// @param scopeKey           the game name or SKU; empty for the default rule
/// @param percentBasisPoints margin in hundredths of a percent, never negative
/// @param flat               flat margin added after the percentage
/// @param roundingStep       the selling price is rounded up to a multiple of this (1 = none)
public record PriceRule(Scope scope, String scopeKey, long percentBasisPoints, Money flat, long roundingStep) {

    public enum Scope {
        DEFAULT,
        GAME,
        PRODUCT
    }

    private static final long BASIS_POINTS_PER_WHOLE = 10_000;

    public PriceRule {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(flat, "flat");
        scopeKey = scopeKey == null ? "" : scopeKey;
        if (percentBasisPoints < 0) {
            throw new IllegalArgumentException("margin percentage cannot be negative: " + percentBasisPoints);
        }
        if (roundingStep <= 0) {
            throw new IllegalArgumentException("rounding step must be positive: " + roundingStep);
        }
        if (scope == Scope.DEFAULT && !scopeKey.isEmpty()) {
            throw new IllegalArgumentException("the default rule has no scope key");
        }
        if (scope != Scope.DEFAULT && scopeKey.isBlank()) {
            throw new IllegalArgumentException(scope + " rule needs a game name or SKU");
        }
    }

    public static PriceRule defaultRule(long percentBasisPoints, Money flat, long roundingStep) {
        return new PriceRule(Scope.DEFAULT, "", percentBasisPoints, flat, roundingStep);
    }

    public boolean appliesTo(Product product) {
        return switch (scope) {
            case DEFAULT -> true;
            case GAME -> scopeKey.equalsIgnoreCase(product.game());
            case PRODUCT -> scopeKey.equals(product.sku());
        };
    }

    /// The selling price for an item bought at `buy`. The percentage part is rounded up to the
    /// whole rupiah so that the margin is never smaller than asked for.
    public Money sellingPrice(Money buy) {
        long percentPart = Math.ceilDiv(Math.multiplyExact(buy.rupiah(), percentBasisPoints), BASIS_POINTS_PER_WHOLE);
        return buy.plus(new Money(percentPart)).plus(flat).roundUpTo(roundingStep);
    }
}
