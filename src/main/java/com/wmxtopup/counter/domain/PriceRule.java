package com.wmxtopup.counter.domain;

import java.util.Objects;
import java.util.Optional;

/// How an item's selling price follows from its buy price: a percentage (in basis points,
/// 1000 = 10 %) plus a flat amount, rounded up to a step — or, for a single product, a fixed
/// selling price. Rules exist for the whole shop (default), per game and per product; the most
/// specific rule that matches an item wins (see [Pricing]).
///
/// @param scope              what the rule applies to
/// @param scopeKey           the supplier's game name or the SKU; empty for the default rule
/// @param percentBasisPoints margin in hundredths of a percent, never negative
/// @param flat               flat margin added after the percentage
/// @param roundingStep       the selling price is rounded up to a multiple of this (1 = none)
/// @param fixedPrice         a selling price set by hand (product rules only); it does not follow
///                           the buy price, so it can fall below cost when the supplier raises prices
public record PriceRule(Scope scope, String scopeKey, long percentBasisPoints, Money flat, long roundingStep,
                        Optional<Money> fixedPrice) {

    public enum Scope {
        DEFAULT,
        GAME,
        PRODUCT
    }

    private static final long BASIS_POINTS_PER_WHOLE = 10_000;
    /// 1000 %: anything above is a typing mistake, not a margin.
    public static final long MAX_BASIS_POINTS = 100_000;

    public PriceRule {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(flat, "flat");
        scopeKey = scopeKey == null ? "" : scopeKey.strip();
        fixedPrice = Objects.requireNonNullElse(fixedPrice, Optional.empty());
        if (percentBasisPoints < 0) {
            throw new IllegalArgumentException("margin percentage cannot be negative: " + percentBasisPoints);
        }
        if (percentBasisPoints > MAX_BASIS_POINTS) {
            throw new IllegalArgumentException("margin percentage above 1000 %: " + percentBasisPoints);
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
        if (fixedPrice.isPresent() && scope != Scope.PRODUCT) {
            throw new IllegalArgumentException("only a product rule can fix a selling price");
        }
        if (fixedPrice.isPresent() && fixedPrice.get().rupiah() == 0) {
            throw new IllegalArgumentException("a fixed selling price must be positive");
        }
    }

    public PriceRule(Scope scope, String scopeKey, long percentBasisPoints, Money flat, long roundingStep) {
        this(scope, scopeKey, percentBasisPoints, flat, roundingStep, Optional.empty());
    }

    public static PriceRule defaultRule(long percentBasisPoints, Money flat, long roundingStep) {
        return new PriceRule(Scope.DEFAULT, "", percentBasisPoints, flat, roundingStep);
    }

    public static PriceRule forGame(String game, long percentBasisPoints, Money flat, long roundingStep) {
        return new PriceRule(Scope.GAME, game, percentBasisPoints, flat, roundingStep);
    }

    public static PriceRule forProduct(String sku, long percentBasisPoints, Money flat, long roundingStep) {
        return new PriceRule(Scope.PRODUCT, sku, percentBasisPoints, flat, roundingStep);
    }

    public static PriceRule fixedPrice(String sku, Money price) {
        return new PriceRule(Scope.PRODUCT, sku, 0, Money.ZERO, 1, Optional.of(price));
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
        if (fixedPrice.isPresent()) {
            return fixedPrice.get();
        }
        long percentPart = Math.ceilDiv(Math.multiplyExact(buy.rupiah(), percentBasisPoints), BASIS_POINTS_PER_WHOLE);
        return buy.plus(new Money(percentPart)).plus(flat).roundUpTo(roundingStep);
    }

    /// Stable identity of the rule's target: one rule per scope and key.
    public String targetKey() {
        return scope + ":" + (scope == Scope.GAME ? scopeKey.toLowerCase(java.util.Locale.ROOT) : scopeKey);
    }
}
