package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.application.port.CatalogSyncRunRepository;
import java.time.Duration;
import java.util.List;
import org.hibernate.SessionFactory;

public final class HibernateCatalogSyncRunRepository implements CatalogSyncRunRepository {

    private static final int MAX_ERROR_LENGTH = 1000;
    private final SessionFactory sessions;

    public HibernateCatalogSyncRunRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public CatalogSyncRun save(CatalogSyncRun run) {
        return sessions.fromTransaction(session -> {
            var e = CatalogSyncRunEntity.empty();
            e.startedAt = run.startedAt();
            e.durationMs = run.duration().toMillis();
            e.triggeredBy = run.triggeredBy().length() > 40 ? run.triggeredBy().substring(0, 40) : run.triggeredBy();
            e.outcome = run.outcome().name();
            e.total = run.total();
            e.added = run.added();
            e.updated = run.updated();
            e.removed = run.removed();
            e.priceChanged = run.priceChanged();
            e.error = run.error().length() > MAX_ERROR_LENGTH ? run.error().substring(0, MAX_ERROR_LENGTH) : run.error();
            session.persist(e);
            return toDomain(e);
        });
    }

    @Override
    public List<CatalogSyncRun> recent(int limit) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from CatalogSyncRunEntity order by startedAt desc, id desc", CatalogSyncRunEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(HibernateCatalogSyncRunRepository::toDomain).toList());
    }

    private static CatalogSyncRun toDomain(CatalogSyncRunEntity e) {
        return new CatalogSyncRun(e.id, e.startedAt, Duration.ofMillis(e.durationMs), e.triggeredBy,
                CatalogSyncRun.Outcome.valueOf(e.outcome), e.total, e.added, e.updated, e.removed, e.priceChanged, e.error);
    }
}
