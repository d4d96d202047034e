package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.PriceRuleRepository;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceRule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

public final class HibernatePriceRuleRepository implements PriceRuleRepository {

    private final SessionFactory sessions;
    private final Clock clock;

    public HibernatePriceRuleRepository(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<PriceRule> findAll() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from PriceRuleEntity order by scope, scopeKey", PriceRuleEntity.class)
                .getResultList().stream().map(HibernatePriceRuleRepository::toDomain).toList());
    }

    @Override
    public void save(PriceRule rule) {
        sessions.inTransaction(session -> {
            PriceRuleEntity entity = session
                    .createSelectionQuery("from PriceRuleEntity where targetKey = :key", PriceRuleEntity.class)
                    .setParameter("key", rule.targetKey())
                    .uniqueResultOptional()
                    .orElse(null);
            boolean isNew = entity == null;
            if (isNew) {
                entity = PriceRuleEntity.empty();
            }
            entity.scope = rule.scope().name();
            entity.scopeKey = rule.scopeKey();
            entity.targetKey = rule.targetKey();
            entity.percentBasisPoints = rule.percentBasisPoints();
            entity.flat = rule.flat().rupiah();
            entity.roundingStep = rule.roundingStep();
            entity.fixedPrice = rule.fixedPrice().map(Money::rupiah).orElse(null);
            entity.updatedAt = clock.instant();
            if (isNew) {
                session.persist(entity);
            }
        });
    }

    @Override
    public void delete(PriceRule.Scope scope, String scopeKey) {
        String target = new PriceRule(scope, scopeKey, 0, Money.ZERO, 1).targetKey();
        sessions.inTransaction(session -> session
                .createMutationQuery("delete from PriceRuleEntity where targetKey = :key")
                .setParameter("key", target)
                .executeUpdate());
    }

    private static PriceRule toDomain(PriceRuleEntity e) {
        return new PriceRule(PriceRule.Scope.valueOf(e.scope), e.scopeKey, e.percentBasisPoints, new Money(e.flat), e.roundingStep,
                Optional.ofNullable(e.fixedPrice).map(Money::new));
    }
}
