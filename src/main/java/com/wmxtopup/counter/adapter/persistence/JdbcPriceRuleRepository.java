package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.PriceRuleRepository;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceRule;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class JdbcPriceRuleRepository implements PriceRuleRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcPriceRuleRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<PriceRule> findAll() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM price_rules ORDER BY scope, scope_key")
                .list(JdbcPriceRuleRepository::toDomain));
    }

    /// One rule per target: changed in place when there is one, else added.
    @Override
    public void save(PriceRule rule) {
        jdbc.inTransaction(tx -> {
            var values = tx.sql("UPDATE price_rules SET scope = :scope, scope_key = :scopeKey, percent_basis_points = :percent,"
                    + " flat = :flat, rounding_step = :rounding, fixed_price = :fixed, updated_at = :at WHERE target_key = :target");
            bindRule(values, rule);
            if (values.execute() == 0) {
                var insert = tx.sql("INSERT INTO price_rules (scope, scope_key, target_key, percent_basis_points, flat, rounding_step,"
                        + " fixed_price, updated_at) VALUES (:scope, :scopeKey, :target, :percent, :flat, :rounding, :fixed, :at)");
                bindRule(insert, rule);
                insert.execute();
            }
        });
    }

    private void bindRule(SqlStatement statement, PriceRule rule) {
        statement.bind("scope", rule.scope().name()).bind("scopeKey", rule.scopeKey()).bind("target", rule.targetKey())
                .bind("percent", rule.percentBasisPoints()).bind("flat", rule.flat().rupiah()).bind("rounding", rule.roundingStep())
                .bind("fixed", rule.fixedPrice().map(Money::rupiah).orElse(null)).bind("at", clock.instant());
    }

    @Override
    public void delete(PriceRule.Scope scope, String scopeKey) {
        String target = new PriceRule(scope, scopeKey, 0, Money.ZERO, 1).targetKey();
        jdbc.inTransaction(tx -> tx.sql("DELETE FROM price_rules WHERE target_key = :key").bind("key", target).execute());
    }

    private static PriceRule toDomain(SqlStatement.Row r) throws SQLException {
        return new PriceRule(PriceRule.Scope.valueOf(r.string("scope")), r.string("scope_key"), r.longValue("percent_basis_points"),
                new Money(r.longValue("flat")), r.longValue("rounding_step"),
                Optional.ofNullable(r.nullableLong("fixed_price")).map(Money::new));
    }
}
