package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.order.SettleOrders;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.ui.settings.ConnectionTestsViewModel;
import com.wmxtopup.counter.ui.settings.SettingsView;
import com.wmxtopup.counter.ui.settings.SettingsViewModel;
import com.wmxtopup.counter.ui.settings.WebhookAndPrinterViewModel;
import com.wmxtopup.counter.ui.catalog.CatalogView;
import com.wmxtopup.counter.ui.counter.CustomerDisplayViewModel;
import com.wmxtopup.counter.ui.counter.CustomerDisplayWindow;
import com.wmxtopup.counter.ui.counter.RecentSalesViewModel;
import com.wmxtopup.counter.ui.counter.SaleView;
import com.wmxtopup.counter.ui.counter.SaleViewModel;
import com.wmxtopup.counter.ui.catalog.CatalogViewModel;
import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.orders.AttentionViewModel;
import com.wmxtopup.counter.ui.orders.OrderDetailViewModel;
import com.wmxtopup.counter.ui.orders.OrderExportViewModel;
import com.wmxtopup.counter.ui.orders.OrdersView;
import com.wmxtopup.counter.ui.orders.OrdersViewModel;
import com.wmxtopup.counter.ui.shell.Screens;
import com.wmxtopup.counter.ui.shell.Section;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;

/// The window's screens, wired to the application's services. View models live as long as the
/// window, so a screen keeps its state when the cashier navigates away and back or switches
/// language.
public final class DesktopScreens {

    private final Screens screens;
    private final SaleViewModel sale;
    private final RecentSalesViewModel recentSales;
    private final AppContext context;
    private final I18n i18n;
    private LiveView saleScreen;
    private LiveView catalogScreen;
    private LiveView ordersScreen;
    private LiveView settingsScreen;
    private OrdersViewModel orders;
    private OrderDetailViewModel orderDetail;
    private AttentionViewModel attention;

    public DesktopScreens(AppContext context, TaskRunner tasks, I18n i18n) {
        this.context = context;
        this.i18n = i18n;
        // The one bridge from order events to the FX thread, shared by the counter's screens.
        var events = new FxOrderEvents(context.orderEvents(), Platform::runLater);
        this.sale = new SaleViewModel(context.catalog(), new NicknameLookup(context.supplier()), context.checkout(), context.findOrders(),
                context::wakeFulfilment, context.demoCustomer(), context.receipts(), context.paymentCancellation(), events, tasks, i18n,
                context.clock());
        this.recentSales = new RecentSalesViewModel(context.findOrders(), context.receipts(), events, tasks, i18n, context.clock(),
                context.systemInfo().shopZone());
        this.screens = build(context, tasks, i18n, events);
    }

    /// How many sale views are alive (bound to the view model): one at most, whatever the
    /// language switches.
    public int liveSaleViews() {
        return saleScreen.isLive() ? 1 : 0;
    }

    /// The window closes: the counter stops following orders and its timers.
    public void dispose() {
        saleScreen.drop();
        catalogScreen.drop();
        ordersScreen.drop();
        if (settingsScreen != null) {
            settingsScreen.drop();
        }
        orders.dispose();
        attention.dispose();
        orderDetail.dispose();
        sale.dispose();
        recentSales.dispose();
    }

    public Screens screens() {
        return screens;
    }

    /// The customer-facing window, following the counter's current sale.
    public Stage openCustomerDisplay() {
        return CustomerDisplayWindow.open(new CustomerDisplayViewModel(sale, i18n, context.config().shopName()), i18n);
    }

    /// A screen's one live view: built in the language of the moment, reused on every visit (a
    /// new view per visit would pile up bindings on the view model), dropped — unbound — when the
    /// language changes and built again from the view model as it stands.
    private final class LiveView {
        private final Supplier<Built> build;
        private Locale language;
        private Built built;

        LiveView(Supplier<Built> build) {
            this.build = build;
        }

        Parent current() {
            dropUnless(i18n.locale());
            if (built == null) {
                language = i18n.locale();
                built = build.get();
            }
            return built.root();
        }

        void dropUnless(Locale now) {
            if (built != null && !language.equals(now)) {
                drop();
            }
        }

        void drop() {
            if (built != null) {
                built.dispose().run();
                built = null;
            }
        }

        boolean isLive() {
            return built != null;
        }
    }

    /// A view's root and how to unbind it.
    private record Built(Parent root, Runnable dispose) {
    }

    private Screens build(AppContext context, TaskRunner tasks, I18n i18n, FxOrderEvents events) {
        var catalog = new CatalogViewModel(context.catalog(), context.catalogSync(), tasks, i18n, context.systemInfo().shopZone());
        catalogScreen = new LiveView(() -> {
            var view = new CatalogView(catalog, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/catalog/CatalogView.fxml", i18n.bundle(), view), view::dispose);
        });
        saleScreen = new LiveView(() -> {
            var view = new SaleView(sale, recentSales, i18n);
            return new Built(view.load(), view::dispose);
        });
        var backOffice = context.backOffice();
        var zone = context.systemInfo().shopZone();
        orders = new OrdersViewModel(backOffice.orderList(), events, tasks, i18n, zone);
        var ordersExport = new OrderExportViewModel(backOffice.exportOrders(), orders, tasks, i18n);
        // Until users exist (the going-live issue), the person acting is the computer's user.
        var acting = new SettleOrders.Acting(Actor.ADMIN, System.getProperty("user.name", ""));
        orderDetail = new OrderDetailViewModel(backOffice.orderList(), backOffice.settleOrders(), context.paymentCancellation(),
                context.receipts(), acting, tasks, i18n, zone, orders);
        attention = new AttentionViewModel(backOffice.orderList(), events, tasks, i18n);
        attention.start();
        ordersScreen = new LiveView(() -> {
            var view = new OrdersView(orders, orderDetail, ordersExport, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/orders/OrdersView.fxml", i18n.bundle(), view), view::dispose);
        });
        var screens = new Screens();
        context.settings().ifPresent(settings -> {
            // Until PIN sign-in exists (the users part of #14), the person at the console is the
            // computer's user, as the shop's owner.
            var owner = Operator.user(0, System.getProperty("user.name", ""), Role.OWNER);
            var settingsModel = new SettingsViewModel(settings.editor(), owner, tasks, i18n);
            var tests = new ConnectionTestsViewModel(settings.connections(), settingsModel, tasks, i18n);
            var extras = new WebhookAndPrinterViewModel(context.midtransNotificationUrl(),
                    () -> context.consoleStatus().snapshot().lastNotification(), context.receipts(),
                    settingsModel, tasks, i18n, zone);
            settingsScreen = new LiveView(() -> {
                var view = new SettingsView(settingsModel, tests, extras, i18n);
                return new Built(Fxml.load("/com/wmxtopup/counter/ui/settings/SettingsView.fxml", i18n.bundle(), view), view::dispose);
            });
            screens.with(Section.SETTINGS, () -> {
                Parent view = settingsScreen.current();
                settingsModel.load();
                extras.load();
                return view;
            });
        });
        // A language switch drops the other screens' views at once, not only at their next visit.
        i18n.localeProperty().addListener((obs, old, now) -> {
            saleScreen.dropUnless(now);
            catalogScreen.dropUnless(now);
            ordersScreen.dropUnless(now);
            if (settingsScreen != null) {
                settingsScreen.dropUnless(now);
            }
        });
        return screens
                .withBadge(Section.ORDERS, attention.badgeProperty())
                .withNotices(attention.alertProperty())
                .with(Section.COUNTER, () -> {
                    Parent view = saleScreen.current();
                    sale.load();
                    return view;
                })
                .with(Section.ORDERS, () -> {
                    Parent view = ordersScreen.current();
                    orders.load();
                    return view;
                })
                .with(Section.CATALOG, () -> {
                    Parent view = catalogScreen.current();
                    catalog.load();
                    return view;
                });
    }
}
