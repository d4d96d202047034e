package com.wmxtopup.counter.application.audit;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.AuditLog;
import com.wmxtopup.counter.application.port.AuditTable;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/// Reading the audit log (admins and the owner): newest first, filtered, a page at a time, and
/// the filtered lines exported for a spreadsheet.
public final class AuditTrail {

    private static final int EXPORT_PAGE = 1_000;
    private final AuditLog log;
    private final AuditTable table;
    private final ShopZone zone;

    public AuditTrail(AuditLog log, AuditTable table, ShopZone zone) {
        this.log = log;
        this.table = table;
        this.zone = zone;
    }

    public List<AuditLog.Row> page(Operator operator, AuditLog.Query query, int limit, Optional<Long> before) {
        operator.require(Permission.VIEW_AUDIT);
        return log.search(query, limit, before);
    }

    /// Every line the query matches, newest first, into `file` (written beside it, then moved:
    /// a failed export leaves no half file). Returns how many lines.
    public long export(Operator operator, AuditLog.Query query, Path file) throws IOException {
        operator.require(Permission.VIEW_AUDIT);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long written = 0;
        try (var rows = table.create(partial, zone)) {
            Optional<Long> before = Optional.empty();
            List<AuditLog.Row> page;
            do {
                page = log.search(query, EXPORT_PAGE, before);
                for (AuditLog.Row row : page) {
                    rows.add(row.entry());
                    written++;
                }
                before = page.isEmpty() ? before : Optional.of(page.getLast().id());
            } while (page.size() == EXPORT_PAGE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }
}
