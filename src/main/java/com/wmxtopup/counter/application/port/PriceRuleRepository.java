package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.PriceRule;
import java.util.List;

/// The shop's margin rules.
public interface PriceRuleRepository {

    List<PriceRule> findAll();

    /// Stores the rule, replacing any rule for the same scope and key.
    void save(PriceRule rule);

    /// Deletes the rule for this scope and key (the default rule cannot be deleted, only changed).
    void delete(PriceRule.Scope scope, String scopeKey);
}
