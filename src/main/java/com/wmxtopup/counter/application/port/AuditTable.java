package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Path;

/// A file of audit lines that a spreadsheet opens (the audit screen's export).
public interface AuditTable {

    interface Rows extends AutoCloseable {
        void add(AuditEntry entry) throws IOException;

        @Override
        void close() throws IOException;
    }

    Rows create(Path file, ShopZone zone) throws IOException;
}
