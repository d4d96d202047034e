package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.application.order.NicknameLookup;
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
import com.wmxtopup.counter.ui.shell.Screens;
import com.wmxtopup.counter.ui.shell.Section;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    private SaleView saleView;
    private Parent saleRoot;
    private Locale saleLanguage;

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
        this.screens = build(context, tasks, i18n);
    }

    /// How many sale views are alive (bound to the view model): one at most, whatever the
    /// language switches.
    public int liveSaleViews() {
        return saleView == null ? 0 : 1;
    }

    /// The window closes: the counter stops following orders and its timers.
    public void dispose() {
        dropSaleView();
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

    /// The sale screen in the current language: the one built before is reused on every visit (a
    /// new view per visit would pile up bindings on the view model); after a language switch it is
    /// dropped — unbound — and a new one built from the sale as it stands.
    private Parent saleScreen() {
        if (saleView != null && !saleLanguage.equals(i18n.locale())) {
            dropSaleView();
        }
        if (saleView == null) {
            saleView = new SaleView(sale, recentSales, i18n);
            saleLanguage = i18n.locale();
            saleRoot = saleView.load();
        }
        sale.load();
        return saleRoot;
    }

    private void dropSaleView() {
        if (saleView != null) {
            saleView.dispose();
            saleView = null;
            saleRoot = null;
        }
    }

    private Screens build(AppContext context, TaskRunner tasks, I18n i18n) {
        var catalog = new CatalogViewModel(context.catalog(), context.catalogSync(), tasks, i18n, context.systemInfo().shopZone());
        // One view per language, reused on every visit: views bind to their view model, so
        // building a new one per visit would pile up listeners on it.
        Map<Locale, Parent> catalogViews = new HashMap<>();
        // A language switch drops the sale view at once, not only at the next visit.
        i18n.localeProperty().addListener((obs, old, now) -> {
            if (saleView != null && !saleLanguage.equals(now)) {
                dropSaleView();
            }
        });
        return new Screens()
                .with(Section.COUNTER, this::saleScreen)
                .with(Section.CATALOG, () -> {
                    Parent view = catalogViews.computeIfAbsent(i18n.locale(), locale -> Fxml.load(
                            "/com/wmxtopup/counter/ui/catalog/CatalogView.fxml", i18n.bundle(), new CatalogView(catalog, i18n)));
                    catalog.load();
                    return view;
                });
    }
}
