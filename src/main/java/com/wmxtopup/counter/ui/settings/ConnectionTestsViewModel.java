package com.wmxtopup.counter.ui.settings;

import com.wmxtopup.counter.application.settings.ConnectionChecks;
import com.wmxtopup.counter.application.settings.ConnectionChecks.DatabaseCheck;
import com.wmxtopup.counter.application.settings.ConnectionChecks.GatewayCheck;
import com.wmxtopup.counter.application.settings.ConnectionChecks.SupplierCheck;
import com.wmxtopup.counter.application.settings.Setting;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// The **Test** buttons of the supplier, payments and database parts: each runs in the background
/// (with the checks' own timeout) with the values as typed, and says in one sentence what came back.
public final class ConnectionTestsViewModel {

    private final ConnectionChecks checks;
    private final SettingsViewModel settings;
    private final TaskRunner tasks;
    private final NoticeLine supplier;
    private final NoticeLine gateway;
    private final NoticeLine database;
    private final ReadOnlyBooleanWrapper supplierBusy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper gatewayBusy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper databaseBusy = new ReadOnlyBooleanWrapper(false);

    public ConnectionTestsViewModel(ConnectionChecks checks, SettingsViewModel settings, TaskRunner tasks, I18n i18n) {
        this.checks = checks;
        this.settings = settings;
        this.tasks = tasks;
        this.supplier = new NoticeLine(i18n);
        this.gateway = new NoticeLine(i18n);
        this.database = new NoticeLine(i18n);
    }

    private String typed(Setting setting) {
        return settings.field(setting).valueProperty().get();
    }

    public void testSupplier() {
        supplierBusy.set(true);
        supplier.show(Notice.info("settings.test.running"));
        String url = typed(Setting.VIP_API_URL);
        String id = typed(Setting.VIP_API_ID);
        String key = typed(Setting.VIP_API_KEY);
        tasks.run("VIP Reseller test", progress -> checks.supplier(settings.operator(), url, id, key), result -> {
            supplierBusy.set(false);
            supplier.show(switch (result) {
                case SupplierCheck.Connected c -> Notice.success("settings.test.vip.connected", c.accountName(),
                        c.level().charAt(0) + c.level().substring(1).toLowerCase(Locale.ROOT),
                        RupiahFormat.format(Money.rupiah(c.balanceRupiah())));
                case SupplierCheck.WrongKey w -> Notice.danger("settings.test.vip.wrongKey");
                case SupplierCheck.IpNotWhitelisted ip -> Notice.danger("settings.test.vip.ip", ip.ip());
                case SupplierCheck.NoAnswer n -> Notice.danger("settings.test.vip.noAnswer");
                case SupplierCheck.Refused r -> Notice.danger("settings.test.vip.refused", r.supplierMessage());
                case SupplierCheck.Incomplete i -> Notice.warning("settings.test.vip.incomplete");
            });
        }, error -> failed(supplier, supplierBusy, error));
    }

    public void testGateway() {
        gatewayBusy.set(true);
        gateway.show(Notice.info("settings.test.running"));
        String key = typed(Setting.MIDTRANS_SERVER_KEY);
        boolean production = Boolean.parseBoolean(typed(Setting.MIDTRANS_PRODUCTION));
        String url = typed(Setting.MIDTRANS_API_URL);
        tasks.run("Midtrans test", progress -> checks.gateway(settings.operator(), key, production, url), result -> {
            gatewayBusy.set(false);
            gateway.show(switch (result) {
                case GatewayCheck.KeyAccepted a -> Notice.success(production
                        ? "settings.test.midtrans.okProduction"
                        : "settings.test.midtrans.okSandbox");
                case GatewayCheck.WrongKey w -> Notice.danger("settings.test.midtrans.wrongKey");
                case GatewayCheck.NoAnswer n -> Notice.danger("settings.test.midtrans.noAnswer");
                case GatewayCheck.Failed f -> Notice.danger("settings.test.midtrans.failed", f.gatewayMessage());
                case GatewayCheck.Incomplete i -> Notice.warning("settings.test.midtrans.incomplete");
            });
        }, error -> failed(gateway, gatewayBusy, error));
    }

    public void testDatabase() {
        databaseBusy.set(true);
        database.show(Notice.info("settings.test.running"));
        String url = typed(Setting.DATABASE_URL);
        tasks.run("database test", progress -> checks.database(settings.operator(), url), result -> {
            databaseBusy.set(false);
            database.show(switch (result) {
                case DatabaseCheck.Connected c -> Notice.success("settings.test.database.connected", c.serverVersion());
                case DatabaseCheck.Embedded e -> Notice.info("settings.test.database.embedded");
                case DatabaseCheck.Failed f -> Notice.danger("settings.test.database." + f.reason().name().toLowerCase(Locale.ROOT));
            });
        }, error -> failed(database, databaseBusy, error));
    }

    private static void failed(NoticeLine line, ReadOnlyBooleanWrapper busy, Throwable error) {
        busy.set(false);
        line.show(error instanceof com.wmxtopup.counter.application.access.NotPermittedException
                ? Notice.danger("settings.notPermitted")
                : Notice.danger("settings.test.failed"));
    }

    public NoticeLine supplierResult() {
        return supplier;
    }

    public NoticeLine gatewayResult() {
        return gateway;
    }

    public NoticeLine databaseResult() {
        return database;
    }

    public ReadOnlyBooleanProperty supplierBusyProperty() {
        return supplierBusy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty gatewayBusyProperty() {
        return gatewayBusy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty databaseBusyProperty() {
        return databaseBusy.getReadOnlyProperty();
    }
}
