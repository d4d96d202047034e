package com.wmxtopup.counter.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/// The shop's price list: buy price at the account's level plus the most specific matching
/// rule (product, then game, then default). Items whose selling price would not cover the
/// current buy price are blocked (the negative-margin guard).
public final class Pricing {

    /// Used only when no default rule was stored: sell at cost, which the guard still allows,
    /// so that a missing rule never makes the whole catalog unsellable.
    public static final PriceRule AT_COST = PriceRule.defaultRule(0, Money.ZERO, 1);

    private final PriceLevel level;
    private final List<PriceRule> rules;
    private final PriceRule defaultRule;
    private final Map<String, PriceRule> byGame = new HashMap<>();
    private final Map<String, PriceRule> bySku = new HashMap<>();

    public Pricing(List<PriceRule> rules, PriceLevel level) {
        this.level = Objects.requireNonNull(level, "level");
        this.rules = List.copyOf(rules);
        PriceRule foundDefault = AT_COST;
        for (PriceRule rule : rules) {
            switch (rule.scope()) {
                case DEFAULT -> foundDefault = rule;
                case GAME -> byGame.put(rule.scopeKey().toLowerCase(Locale.ROOT), rule);
                case PRODUCT -> bySku.put(rule.scopeKey(), rule);
            }
        }
        this.defaultRule = foundDefault;
    }

    public PriceLevel level() {
        return level;
    }

    /// The rule that prices `product`: its own, else its game's, else the default.
    public PriceRule ruleFor(Product product) {
        PriceRule rule = bySku.get(product.sku());
        if (rule == null) {
            rule = byGame.get(product.game().toLowerCase(Locale.ROOT));
        }
        return rule == null ? defaultRule : rule;
    }

    public List<PriceRule> rules() {
        return rules;
    }

    /// This price list with `candidate` in place of any rule for the same target.
    public Pricing withRule(PriceRule candidate) {
        var changed = new ArrayList<PriceRule>();
        for (PriceRule rule : rules) {
            if (!rule.targetKey().equals(candidate.targetKey())) {
                changed.add(rule);
            }
        }
        changed.add(candidate);
        return new Pricing(changed, level);
    }

    /// The preview of a rule before it is saved: the quotes of every listed product that
    /// `candidate` would price (more specific rules still win).
    public List<PriceQuote> affectedBy(PriceRule candidate, Collection<Product> products) {
        Pricing changed = withRule(candidate);
        var affected = new ArrayList<PriceQuote>();
        for (Product p : products) {
            if (p.status() != ProductStatus.REMOVED && changed.ruleFor(p) == candidate) {
                affected.add(changed.quote(p));
            }
        }
        return affected;
    }

    public PriceQuote quote(Product product) {
        PriceRule rule = ruleFor(product);
        Money buy = product.buyPrice(level);
        Money sell = rule.sellingPrice(buy);
        PriceQuote.Block block = switch (product.status()) {
            case REMOVED -> PriceQuote.Block.REMOVED;
            case EMPTY -> PriceQuote.Block.UNAVAILABLE;
            case AVAILABLE -> sell.isLessThan(buy) ? PriceQuote.Block.BELOW_COST : PriceQuote.Block.NONE;
        };
        return new PriceQuote(product, buy, sell, rule, block);
    }
}
