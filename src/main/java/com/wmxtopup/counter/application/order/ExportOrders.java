package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.OrderTable;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/// Writes every order the back office's filters match to a file a spreadsheet opens, page by page
/// (never all orders in memory), with progress; the file appears only when complete (written
/// next to it, then moved), so a cancelled or failed export leaves no half file behind.
public final class ExportOrders {

    private static final int PAGE = 1_000;

    /// How many orders were written, or that the admin cancelled.
    public sealed interface Result {
        record Written(long orders, Path file) implements Result {
        }

        record Cancelled() implements Result {
        }
    }

    private final OrderList list;
    private final OrderTable table;
    private final ShopZone zone;
    private final Audit audit;

    public ExportOrders(OrderList list, OrderTable table, ShopZone zone, Audit audit) {
        this.audit = audit;
        this.list = list;
        this.table = table;
        this.zone = zone;
    }

    public Result export(Operator operator, OrderList.Filter filter, Path file, ProgressListener progress) throws IOException {
        operator.require(Permission.EXPORT_ORDERS);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long written = 0;
        Optional<OrderSearch.PageKey> after = Optional.empty();
        long total = list.count(filter);
        boolean cancelled = false;
        try (var rows = table.create(partial, zone)) {
            do {
                var page = list.rows(filter, after, PAGE);
                for (Order order : page.orders()) {
                    rows.add(order);
                    written++;
                }
                progress.progress(ProgressListener.Phase.SAVING, written, Math.max(total, written));
                cancelled = progress.isCancelled();
                after = page.next();
            } while (after.isPresent() && !cancelled);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (cancelled) {
            Files.deleteIfExists(partial);
            return new Result.Cancelled();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        audit.record(operator, AuditAction.ORDERS_EXPORTED, file.getFileName().toString(), written + " orders");
        return new Result.Written(written, file);
    }
}
