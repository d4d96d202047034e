package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.domain.Product;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

public final class HibernateProductRepository implements ProductRepository {

    private final SessionFactory sessions;

    public HibernateProductRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void upsertAll(Collection<Product> products) {
        sessions.inTransaction(session -> {
            for (Product product : products) {
                ProductEntity entity = session.find(ProductEntity.class, product.sku());
                boolean isNew = entity == null;
                if (isNew) {
                    entity = Mappers.newProductEntity();
                }
                Mappers.copyInto(product, entity);
                if (isNew) {
                    session.persist(entity);
                }
            }
        });
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(ProductEntity.class, sku)).map(Mappers::toDomain));
    }

    @Override
    public List<Product> findAll() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ProductEntity order by game, name", ProductEntity.class)
                .getResultList().stream().map(Mappers::toDomain).toList());
    }
}
