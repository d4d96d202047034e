package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.application.order.ExportOrders;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The orders export (Ekspor CSV) of what the list's filters match, with progress and cancel.
public final class OrderExportViewModel {

    private final ExportOrders export;
    private final OrdersViewModel list;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ReadOnlyBooleanWrapper exportRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper exportText = new ReadOnlyStringWrapper("");
    private final CurrentOperator operator;
    private TaskRunner.Handle exporting;

    public OrderExportViewModel(ExportOrders export, OrdersViewModel list, CurrentOperator operator, TaskRunner tasks, I18n i18n) {
        this.operator = operator;
        this.export = export;
        this.list = list;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /// Writes every order the filters match (all pages) to `file` as CSV, in the background with
    /// progress (one export at a time).
    public void exportTo(java.nio.file.Path file) {
        if (exportRunning.get()) {
            return;
        }
        var filter = list.filter();
        var acting = operator.get();
        exportRunning.set(true);
        exportText.set(i18n.text("orders.export.running"));
        exporting = tasks.run("order export", progress -> export.export(acting, filter, file, new ProgressListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                progress.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }), result -> {
            exportRunning.set(false);
            exportText.set(switch (result) {
                case ExportOrders.Result.Written written -> i18n.text("orders.export.done", written.orders(),
                        written.file().getFileName().toString());
                case ExportOrders.Result.Cancelled cancelled -> i18n.text("orders.export.cancelled");
            });
        }, error -> {
            exportRunning.set(false);
            exportText.set(i18n.text("orders.export.failed", error.getMessage() == null
                    ? error.getClass().getSimpleName()
                    : error.getMessage()));
        });
        var handle = exporting;
        handle.progress().addListener((obs, old, now) -> {
            if (exportRunning.get()) {
                exportText.set(i18n.text("orders.export.progress", Math.round(Math.max(0, now.doubleValue()) * 100)));
            }
        });
    }

    /// Stops the running export; no file is left behind.
    public void cancel() {
        if (exportRunning.get()) {
            exporting.cancel();
        }
    }

    public ReadOnlyBooleanProperty exportRunningProperty() {
        return exportRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportTextProperty() {
        return exportText.getReadOnlyProperty();
    }

}
