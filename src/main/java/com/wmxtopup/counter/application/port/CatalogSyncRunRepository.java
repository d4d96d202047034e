package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import java.util.List;

/// The record of every catalog sync.
public interface CatalogSyncRunRepository {

    CatalogSyncRun save(CatalogSyncRun run);

    /// Newest first.
    List<CatalogSyncRun> recent(int limit);
}
