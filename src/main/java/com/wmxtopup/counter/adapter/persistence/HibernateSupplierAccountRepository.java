package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.SessionFactory;

public final class HibernateSupplierAccountRepository implements SupplierAccountRepository {

    private final SessionFactory sessions;

    public HibernateSupplierAccountRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Snapshot> latest() {
        return sessions.fromTransaction(session -> Optional
                .ofNullable(session.find(SupplierAccountEntity.class, SupplierAccountEntity.THE_ROW))
                .map(e -> new Snapshot(new SupplierAccount(e.fullName, e.username, new Money(e.balance),
                        PriceLevel.valueOf(e.priceLevel)), e.checkedAt)));
    }

    @Override
    public void save(SupplierAccount account, Instant checkedAt) {
        sessions.inTransaction(session -> {
            SupplierAccountEntity entity = session.find(SupplierAccountEntity.class, SupplierAccountEntity.THE_ROW);
            boolean isNew = entity == null;
            if (isNew) {
                entity = SupplierAccountEntity.empty();
            }
            entity.fullName = account.fullName();
            entity.username = account.username();
            entity.balance = account.balance().rupiah();
            entity.priceLevel = account.level().name();
            entity.checkedAt = checkedAt;
            if (isNew) {
                session.persist(entity);
            }
        });
    }
}
