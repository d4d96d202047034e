package com.wmxtopup.counter.application.catalog;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.application.port.PriceRuleRepository;
import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.util.List;
import java.util.Optional;

/// The priced catalog: what the shop sells and for how much, and the margin rules behind it.
public final class CatalogService {

    private final ProductRepository products;
    private final PriceRuleRepository rules;
    private final SupplierAccountRepository accounts;
    private final Audit audit;

    public CatalogService(ProductRepository products, PriceRuleRepository rules, SupplierAccountRepository accounts, Audit audit) {
        this.audit = audit;
        this.products = products;
        this.rules = rules;
        this.accounts = accounts;
    }

    /// The account's price level as last read from the supplier; basic until the first sync.
    public PriceLevel priceLevel() {
        return accounts.latest().map(s -> s.account().level()).orElse(PriceLevel.BASIC);
    }

    public Pricing pricing() {
        return new Pricing(rules.findAll(), priceLevel());
    }

    /// Every product the supplier still lists, priced (unavailable and below-cost ones included,
    /// marked as blocked), in the repository's order (game, then price).
    public List<PriceQuote> priceList() {
        Pricing pricing = pricing();
        return products.findAll().stream()
                .filter(p -> p.status() != ProductStatus.REMOVED)
                .map(pricing::quote)
                .toList();
    }

    /// The current price of one SKU against the latest known buy price (used when an order is created).
    public Optional<PriceQuote> quote(String sku) {
        return products.findBySku(sku).map(pricing()::quote);
    }

    public List<PriceRule> rules() {
        return rules.findAll();
    }

    /// Saves a margin rule (admins); the audit log keeps the old and the new margin.
    public void saveRule(Operator operator, PriceRule rule) {
        operator.require(Permission.MANAGE_CATALOG);
        Optional<PriceRule> before = rules.findAll().stream().filter(r -> r.targetKey().equals(rule.targetKey())).findFirst();
        rules.save(rule);
        audit.record(operator, AuditAction.MARGIN_CHANGED, rule.targetKey(), before.map(CatalogService::margin).orElse("—") + " → "
                + margin(rule));
    }

    public void deleteRule(Operator operator, PriceRule rule) {
        operator.require(Permission.MANAGE_CATALOG);
        if (rule.scope() == PriceRule.Scope.DEFAULT) {
            throw new IllegalArgumentException("the default rule cannot be deleted, only changed");
        }
        rules.delete(rule.scope(), rule.scopeKey());
        audit.record(operator, AuditAction.MARGIN_CHANGED, rule.targetKey(), margin(rule) + " → —");
    }

    /// "10.50 % + 500, step 100" or "fixed 25000", for the audit log.
    private static String margin(PriceRule rule) {
        return rule.fixedPrice().map(price -> "fixed " + price.rupiah()).orElseGet(() -> String.format(java.util.Locale.ROOT,
                "%d.%02d %% + %d, step %d", rule.percentBasisPoints() / 100, rule.percentBasisPoints() % 100, rule.flat().rupiah(),
                rule.roundingStep()));
    }

    /// Everything a catalog screen shows, read together: listed products, rules and price level.
    public Snapshot snapshot() {
        PriceLevel level = priceLevel();
        List<PriceRule> allRules = rules.findAll();
        List<Product> listed = products.findAll().stream().filter(p -> p.status() != ProductStatus.REMOVED).toList();
        return new Snapshot(listed, new Pricing(allRules, level));
    }

    /// The listed products and the price list that prices them, and what a margin rule being edited
    /// would find and change in them (pure: nothing is read or saved).
    public record Snapshot(List<Product> products, Pricing pricing) {
        public List<PriceQuote> quotes() {
            return products.stream().map(pricing::quote).toList();
        }

        /// Whether some listed product belongs to `game` (any case).
        public boolean hasGame(String game) {
            return products.stream().anyMatch(p -> p.game().equalsIgnoreCase(game));
        }

        /// Whether `sku` is listed.
        public boolean hasSku(String sku) {
            return products.stream().anyMatch(p -> p.sku().equals(sku));
        }

        /// The rule saved for exactly this scope and target, if any (no target: none).
        public Optional<PriceRule> savedRule(PriceRule.Scope scope, String target) {
            String key;
            try {
                key = new PriceRule(scope, scope == PriceRule.Scope.DEFAULT ? "" : target, 0, Money.ZERO, 1).targetKey();
            } catch (IllegalArgumentException e) {
                key = "";
            }
            String wanted = key;
            return pricing.rules().stream().filter(r -> r.targetKey().equals(wanted)).findFirst();
        }

        /// What prices the target now, as the starting point of a new, more specific rule: the rule
        /// of a listed product of the game or of the SKU, else the default rule. A fixed price is no
        /// starting point for a margin: then at cost.
        public PriceRule startingRule(PriceRule.Scope scope, String target) {
            Optional<Product> sample = switch (scope) {
                case DEFAULT -> Optional.empty();
                case GAME -> products.stream().filter(p -> p.game().equalsIgnoreCase(target)).findFirst();
                case PRODUCT -> products.stream().filter(p -> p.sku().equals(target)).findFirst();
            };
            PriceRule base = sample.map(pricing::ruleFor)
                    .orElseGet(() -> pricing.rules().stream().filter(r -> r.scope() == PriceRule.Scope.DEFAULT).findFirst()
                            .orElse(Pricing.AT_COST));
            return base.fixedPrice().isPresent() ? PriceRule.defaultRule(0, Money.ZERO, 1) : base;
        }

        /// Every listed product `candidate` would price, as it is priced now and as it would be.
        public List<PriceChange> changesBy(PriceRule candidate) {
            return pricing.affectedBy(candidate, products).stream().map(q -> new PriceChange(pricing.quote(q.product()), q)).toList();
        }
    }

    /// One product's price before and after a rule being edited.
    public record PriceChange(PriceQuote before, PriceQuote after) {
        /// The new price would be below cost (then it is not sold).
        public boolean belowCost() {
            return after.block() == PriceQuote.Block.BELOW_COST;
        }
    }
}
