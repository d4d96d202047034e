package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.ui.access.ApiTokensView;
import com.wmxtopup.counter.ui.access.ApiTokensViewModel;
import com.wmxtopup.counter.ui.access.SignInView;
import com.wmxtopup.counter.ui.access.SignInViewModel;
import com.wmxtopup.counter.ui.access.SupervisorViewModel;
import com.wmxtopup.counter.ui.access.UsersView;
import com.wmxtopup.counter.ui.shift.CashMovementViewModel;
import com.wmxtopup.counter.ui.shift.ShiftHistoryViewModel;
import com.wmxtopup.counter.ui.shift.ShiftTexts;
import com.wmxtopup.counter.ui.shift.ShiftView;
import com.wmxtopup.counter.ui.shift.ShiftViewModel;
import com.wmxtopup.counter.ui.audit.AuditView;
import com.wmxtopup.counter.ui.audit.AuditViewModel;
import com.wmxtopup.counter.ui.access.UsersViewModel;
import com.wmxtopup.counter.ui.common.CurrentOperator;
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
import com.wmxtopup.counter.ui.report.ReportView;
import com.wmxtopup.counter.ui.report.ReportViewModel;
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
    private final SignInViewModel signIn;
    private LiveView lockScreen;
    private LiveView usersScreen;
    private LiveView shiftScreen;
    private LiveView auditScreen;
    private LiveView reportScreen;

    private final CurrentOperator operator;
    private final Runnable restart;
    private SettingsViewModel settingsModel;
    private boolean disposed;

    public DesktopScreens(AppContext context, CurrentOperator operator, TaskRunner tasks, I18n i18n) {
        this(context, operator, tasks, i18n, () -> {
        });
    }

    /// @param restart closes the window and starts the console again with the saved settings
    public DesktopScreens(AppContext context, CurrentOperator operator, TaskRunner tasks, I18n i18n, Runnable restart) {
        this.restart = restart;
        this.context = context;
        this.operator = operator;
        this.i18n = i18n;
        // The one bridge from order events to the FX thread, shared by the counter's screens.
        var events = new FxOrderEvents(context.orderEvents(), Platform::runLater);
        this.sale = new SaleViewModel(context.catalog(), new NicknameLookup(context.supplier()), context.checkout(), context.findOrders(),
                context.followShownOrder(), context::wakeFulfilment, context.demoCustomer(), context.receipts(),
                context.paymentCancellation(), events, operator, tasks,
                i18n,
                context.clock());
        this.recentSales = new RecentSalesViewModel(context.findOrders(), context.receipts(), events, tasks, i18n, context.clock(),
                context.systemInfo().shopZone());
        this.signIn = new SignInViewModel(context.access().signIn(), context.access().users(), operator, tasks, i18n,
                context.systemInfo().shopZone(),
                context.config().mode() == RuntimeMode.DEMO ? i18n.text("signIn.demoHint", DemoOwner.NAME, DemoOwner.PIN) : "");
        this.screens = build(context, tasks, i18n, events);
    }

    /// Opens the console as whoever is signed in already (demo mode), or behind the lock.
    public void start(boolean signedIn) {
        start(signedIn, java.util.Optional.empty());
    }

    /// As [#start(boolean)]; on the first start of a fresh install the settings greet the owner,
    /// and `openCounter` is how their "try the demo" button leaves them.
    public void start(boolean signedIn, java.util.Optional<Runnable> firstStart) {
        // The first count once the window is on screen (the start shows it in this same turn of the
        // FX thread): its query would otherwise take a core from the window's first layout.
        Platform.runLater(() -> {
            if (!disposed) {
                attention.start();
            }
        });
        firstStart.ifPresent(settingsModel::showWelcome);
        if (signedIn) {
            signIn.openUnlocked();
        } else {
            signIn.lock();
        }
    }

    /// How many sale views are alive (bound to the view model): one at most, whatever the
    /// language switches.
    public int liveSaleViews() {
        return saleScreen.isLive() ? 1 : 0;
    }

    /// The window closes: the counter stops following orders and its timers.
    public void dispose() {
        disposed = true;
        saleScreen.drop();
        lockScreen.drop();
        usersScreen.drop();
        shiftScreen.drop();
        auditScreen.drop();
        reportScreen.drop();
        catalogScreen.drop();
        ordersScreen.drop();
        settingsScreen.drop();
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

    private javafx.beans.value.ObservableBooleanValue mayUse(com.wmxtopup.counter.domain.Permission permission) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> operator.may(permission), operator.property());
    }

    private Screens build(AppContext context, TaskRunner tasks, I18n i18n, FxOrderEvents events) {
        var catalog = new CatalogViewModel(context.catalog(), context.catalogSync(), operator, tasks, i18n,
                context.systemInfo().shopZone());
        catalogScreen = new LiveView(() -> {
            var view = new CatalogView(catalog, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/catalog/CatalogView.fxml", i18n.bundle(), view), view::dispose);
        });
        saleScreen = new LiveView(() -> {
            var view = new SaleView(sale, recentSales, i18n);
            return new Built(view.load(), view::dispose);
        });
        var backOffice = context.backOffice();
        var supervisor = new SupervisorViewModel(context.access().signIn(), operator, tasks, i18n);
        var zone = context.systemInfo().shopZone();
        orders = new OrdersViewModel(backOffice.orderList(), events, tasks, i18n, zone);
        var ordersExport = new OrderExportViewModel(backOffice.exportOrders(), orders, operator, tasks, i18n);
        orderDetail = new OrderDetailViewModel(backOffice.orderList(), backOffice.settleOrders(), context.paymentCancellation(),
                context.receipts(), operator, supervisor, tasks, i18n, zone, orders);
        attention = new AttentionViewModel(backOffice.orderList(), events, tasks, i18n); // counts from start(): not while the window is built
        ordersScreen = new LiveView(() -> {
            var view = new OrdersView(orders, orderDetail, ordersExport, supervisor, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/orders/OrdersView.fxml", i18n.bundle(), view), view::dispose);
        });
        var users = new UsersViewModel(context.access().users(), operator, tasks, i18n, zone, context.clock());
        usersScreen = new LiveView(() -> {
            var view = new UsersView(users, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/access/UsersView.fxml", i18n.bundle(), view), view::dispose);
        });
        var shiftTexts = new ShiftTexts(i18n, zone);
        var shift = new ShiftViewModel(context.shiftDesk(), operator, tasks, i18n, shiftTexts);
        var cashMovement = new CashMovementViewModel(context.shiftDesk().shifts(), shift, i18n, shiftTexts);
        var shiftHistory = new ShiftHistoryViewModel(context.shiftDesk().shifts(), shift, i18n, shiftTexts);
        var mayManageShifts = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> operator.may(com.wmxtopup.counter.domain.Permission.MANAGE_SHIFTS), operator.property());
        shiftScreen = new LiveView(() -> {
            var view = new ShiftView(shift, cashMovement, shiftHistory, mayManageShifts);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/shift/ShiftView.fxml", i18n.bundle(), view), view::dispose);
        });
        var audit = new AuditViewModel(context.access().auditTrail(), operator, tasks, i18n, zone);
        auditScreen = new LiveView(() -> {
            var view = new AuditView(audit, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/audit/AuditView.fxml", i18n.bundle(), view), view::dispose);
        });
        var reports = new ReportViewModel(context.reports(), operator, tasks, i18n, context.clock());
        reportScreen = new LiveView(() -> {
            var view = new ReportView(reports, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/report/ReportView.fxml", i18n.bundle(), view), view::dispose);
        });
        lockScreen = new LiveView(() -> {
            var view = new SignInView(signIn, i18n);
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/access/SignInView.fxml", i18n.bundle(), view), view::dispose);
        });
        var signedIn = javafx.beans.binding.Bindings.createStringBinding(() -> operator.get().describe(), operator.property());
        var settings = context.settings();
        settingsModel = new SettingsViewModel(settings.editor(), operator, tasks, i18n, restart);
        var tests = new ConnectionTestsViewModel(settings.connections(), settingsModel, tasks, i18n);
        var extras = new WebhookAndPrinterViewModel(context::midtransNotificationUrl,
                () -> context.consoleStatus().snapshot().lastNotification(), context.receipts(), settingsModel, tasks, i18n, zone);
        var apiTokens = new ApiTokensViewModel(context.access().apiTokens(), operator, tasks, i18n, zone);
        settingsScreen = new LiveView(() -> {
            var tokensView = new ApiTokensView(apiTokens);
            Parent tokens = Fxml.load("/com/wmxtopup/counter/ui/access/ApiTokensView.fxml", i18n.bundle(), tokensView);
            var view = new SettingsView(settingsModel, tests, extras, i18n, java.util.List.of(tokens));
            return new Built(Fxml.load("/com/wmxtopup/counter/ui/settings/SettingsView.fxml", i18n.bundle(), view), () -> {
                view.dispose();
                tokensView.dispose();
            });
        });
        // A language switch drops the other screens' views at once, not only at their next visit.
        i18n.localeProperty().addListener((obs, old, now) -> {
            saleScreen.dropUnless(now);
            catalogScreen.dropUnless(now);
            ordersScreen.dropUnless(now);
            usersScreen.dropUnless(now);
            shiftScreen.dropUnless(now);
            auditScreen.dropUnless(now);
            reportScreen.dropUnless(now);
            settingsScreen.dropUnless(now);
        });
        return new Screens()
                .withLock(new Screens.Lock(() -> {
                    lockScreen.drop(); // the main window rebuilds its root: the lock's old view goes with it
                    return lockScreen.current();
                }, signIn::lock, signedIn, signIn.lockedProperty()))
                .with(Section.SETTINGS, () -> {
                    Parent view = settingsScreen.current();
                    settingsModel.load();
                    extras.load();
                    apiTokens.load();
                    return view;
                })
                .withBadge(Section.ORDERS, attention.badgeProperty())
                // Sections whose every use case would refuse the one signed in are not offered to them
                // (the use cases check on their own): Laporan is money and profit for admins and the
                // owner, the audit log for admins and the owner, the users for the owner.
                .onlyWhile(Section.REPORTS, mayUse(com.wmxtopup.counter.domain.Permission.VIEW_REPORTS))
                .onlyWhile(Section.AUDIT, mayUse(com.wmxtopup.counter.domain.Permission.VIEW_AUDIT))
                .onlyWhile(Section.USERS, mayUse(com.wmxtopup.counter.domain.Permission.MANAGE_USERS))
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
                .with(Section.SHIFT, () -> {
                    Parent view = shiftScreen.current();
                    shift.load();
                    if (operator.may(com.wmxtopup.counter.domain.Permission.MANAGE_SHIFTS)) {
                        shiftHistory.load();
                    }
                    return view;
                })
                .with(Section.USERS, () -> {
                    Parent view = usersScreen.current();
                    users.load();
                    return view;
                })
                .with(Section.AUDIT, () -> {
                    Parent view = auditScreen.current();
                    audit.load();
                    return view;
                })
                .with(Section.REPORTS, () -> {
                    Parent view = reportScreen.current();
                    reports.show();
                    return view;
                })
                .with(Section.CATALOG, () -> {
                    Parent view = catalogScreen.current();
                    catalog.load();
                    return view;
                });
    }
}
