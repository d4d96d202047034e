package com.wmxtopup.counter.ui.settings;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.application.settings.Setting;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The webhook part (the URL to paste into the Midtrans dashboard, the last notification received)
/// and the printer part (the operating system's printers, a test print).
public final class WebhookAndPrinterViewModel {

    private static final DateTimeFormatter WHEN = com.wmxtopup.counter.ui.common.ShopDates.DAY_TIME_SECONDS;

    private final java.util.function.Supplier<java.util.Optional<java.time.Instant>> lastReceived;
    private final Receipts receipts;
    private final SettingsViewModel settings;
    private final TaskRunner tasks;
    private final ShopZone zone;
    private final java.util.function.Supplier<String> notificationUrl;
    private final ReadOnlyStringWrapper webhookUrl;
    private final NoticeLine lastNotification;
    private final NoticeLine printResult;
    private final ObservableList<String> printers = FXCollections.observableArrayList();

    /// @param notificationUrl read at each [#load]: this console's own address is known only once
    ///                        its web server listens, which may be after the window was built
    public WebhookAndPrinterViewModel(java.util.function.Supplier<String> notificationUrl,
            java.util.function.Supplier<java.util.Optional<java.time.Instant>> lastReceived, Receipts receipts, SettingsViewModel settings,
            TaskRunner tasks, I18n i18n, ShopZone zone) {
        this.lastReceived = lastReceived;
        this.receipts = receipts;
        this.settings = settings;
        this.tasks = tasks;
        this.zone = zone;
        this.notificationUrl = notificationUrl;
        this.webhookUrl = new ReadOnlyStringWrapper("");
        this.lastNotification = new NoticeLine(i18n);
        this.printResult = new NoticeLine(i18n);
    }

    /// Shows the notification URL; asks for the last notification and the printers (both off the
    /// FX thread).
    public void load() {
        webhookUrl.set(notificationUrl.get());
        tasks.run("last notification", progress -> lastReceived.get(), last -> lastNotification.show(last
                .map(at -> Notice.info("settings.webhook.last", zone.at(at).format(WHEN) + " " + zone.label()))
                .orElse(Notice.warning("settings.webhook.never"))),
                error -> lastNotification.show(Notice.warning("settings.webhook.never")));
        tasks.run("printers", progress -> receipts.printerNames(), printers::setAll, error -> printers.clear());
    }

    public void testPrint() {
        String printer = settings.field(Setting.RECEIPT_PRINTER).valueProperty().get().strip();
        if (printer.isEmpty()) {
            printResult.show(Notice.warning("settings.printer.none"));
            return;
        }
        PaperWidth width = "80".equals(settings.field(Setting.RECEIPT_PAPER_MM).valueProperty().get())
                ? PaperWidth.MM_80
                : PaperWidth.MM_58;
        printResult.show(Notice.info("settings.printer.printing"));
        tasks.run("test print", progress -> {
            receipts.printTest(printer, width);
            return printer;
        }, done -> printResult.show(Notice.success("settings.printer.printed", done)),
                error -> printResult.show(Notice.danger("settings.printer.failed", String.valueOf(error.getMessage()))));
    }

    public ReadOnlyStringProperty webhookUrlProperty() {
        return webhookUrl.getReadOnlyProperty();
    }

    public NoticeLine lastNotification() {
        return lastNotification;
    }

    public NoticeLine printResult() {
        return printResult;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    List<String> printerList() {
        return List.copyOf(printers);
    }
}
