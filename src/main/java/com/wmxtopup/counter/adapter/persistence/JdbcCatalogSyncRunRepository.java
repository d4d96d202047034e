package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.application.port.CatalogSyncRunRepository;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

public final class JdbcCatalogSyncRunRepository implements CatalogSyncRunRepository {

    private static final int MAX_ERROR_LENGTH = 1000;
    private final Jdbc jdbc;

    public JdbcCatalogSyncRunRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CatalogSyncRun save(CatalogSyncRun run) {
        String triggeredBy = Text.cut(run.triggeredBy(), 40);
        String error = Text.cut(run.error(), MAX_ERROR_LENGTH);
        return jdbc.fromTransaction(tx -> {
            long id = tx
                    .sql("INSERT INTO catalog_sync_runs (started_at, duration_ms, triggered_by, outcome, total, added, updated, removed,"
                            + " price_changed, error) VALUES (:startedAt, :durationMs, :triggeredBy, :outcome, :total, :added, :updated, :removed,"
                            + " :priceChanged, :error)")
                    .bind("startedAt", run.startedAt()).bind("durationMs", run.duration().toMillis()).bind("triggeredBy", triggeredBy)
                    .bind("outcome", run.outcome().name()).bind("total", run.total()).bind("added", run.added())
                    .bind("updated", run.updated()).bind("removed", run.removed()).bind("priceChanged", run.priceChanged())
                    .bind("error", error)
                    .insert();
            return new CatalogSyncRun(id, run.startedAt(), Duration.ofMillis(run.duration().toMillis()), triggeredBy, run.outcome(),
                    run.total(), run.added(), run.updated(), run.removed(), run.priceChanged(), error);
        });
    }

    @Override
    public List<CatalogSyncRun> recent(int limit) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM catalog_sync_runs ORDER BY started_at DESC, id DESC").firstRows(limit)
                .list(JdbcCatalogSyncRunRepository::toDomain));
    }

    private static CatalogSyncRun toDomain(SqlStatement.Row r) throws SQLException {
        return new CatalogSyncRun(r.longValue("id"), r.instant("started_at"), Duration.ofMillis(r.longValue("duration_ms")),
                r.string("triggered_by"), CatalogSyncRun.Outcome.valueOf(r.string("outcome")), r.intValue("total"), r.intValue("added"),
                r.intValue("updated"), r.intValue("removed"), r.intValue("price_changed"), r.string("error"));
    }
}
