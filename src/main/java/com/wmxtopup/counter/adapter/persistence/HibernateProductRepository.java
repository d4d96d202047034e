package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.CatalogSaveCancelledException;
import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;

public final class HibernateProductRepository implements ProductRepository {

    private static final int SAVE_BATCH = 250;
    private final SessionFactory sessions;

    public HibernateProductRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void saveCatalog(Collection<Product> current, Collection<String> removedSkus, Instant at, ProgressListener progress) {
        long total = (long) current.size() + removedSkus.size();
        sessions.inTransaction(session -> {
            Map<String, ProductEntity> existing = new HashMap<>();
            session.createSelectionQuery("from ProductEntity", ProductEntity.class).getResultList().forEach(e -> existing.put(e.sku, e));
            long done = 0;
            for (Product product : current) {
                ProductEntity entity = existing.get(product.sku());
                if (entity == null) {
                    entity = Mappers.newProductEntity();
                    Mappers.copyInto(product, entity);
                    session.persist(entity);
                } else {
                    Mappers.copyInto(product, entity);
                }
                reportBatch(session, progress, ++done, total);
            }
            for (String sku : removedSkus) {
                ProductEntity entity = existing.get(sku);
                if (entity != null) {
                    entity.status = ProductStatus.REMOVED.name();
                    entity.updatedAt = at;
                }
                reportBatch(session, progress, ++done, total);
            }
            session.flush();
            progress.progress(ProgressListener.Phase.SAVING, total, total);
        });
    }

    /// Every few hundred rows: write them, report progress, and stop (rolling back) if cancelled.
    private static void reportBatch(org.hibernate.Session session, ProgressListener progress, long done, long total) {
        if (done % SAVE_BATCH == 0) {
            session.flush();
            if (progress.isCancelled()) {
                throw new CatalogSaveCancelledException();
            }
            progress.progress(ProgressListener.Phase.SAVING, done, total);
        }
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(ProductEntity.class, sku)).map(Mappers::toDomain));
    }

    @Override
    public List<Product> findAll() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ProductEntity order by game, priceBasic, name", ProductEntity.class)
                .getResultList().stream().map(Mappers::toDomain).toList());
    }
}
