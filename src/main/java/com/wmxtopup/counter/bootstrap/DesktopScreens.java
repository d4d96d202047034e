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
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.shell.Screens;
import com.wmxtopup.counter.ui.shell.Section;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    public DesktopScreens(AppContext context, TaskRunner tasks, I18n i18n) {
        this.context = context;
        this.i18n = i18n;
        this.sale = new SaleViewModel(context.catalog(), new NicknameLookup(context.supplier()), context.checkout(), context.findOrders(),
                context::wakeFulfilment, context.demoCustomer(), context.receipts(), context.paymentCancellation(), tasks, i18n,
                context.clock());
        this.recentSales = new RecentSalesViewModel(context.findOrders(), context.receipts(), tasks, i18n, context.clock(),
                context.systemInfo().shopZone());
        this.screens = build(context, tasks, i18n, sale, recentSales);
    }

    public Screens screens() {
        return screens;
    }

    /// The customer-facing window, following the counter's current sale.
    public Stage openCustomerDisplay() {
        return CustomerDisplayWindow.open(new CustomerDisplayViewModel(sale, i18n, context.config().shopName()), i18n);
    }

    private static Screens build(AppContext context, TaskRunner tasks, I18n i18n, SaleViewModel sale, RecentSalesViewModel recentSales) {
        var catalog = new CatalogViewModel(context.catalog(), context.catalogSync(), tasks, i18n, context.systemInfo().shopZone());
        // One view per language, reused on every visit: views bind to their view model, so
        // building a new one per visit would pile up listeners on it.
        Map<Locale, Parent> catalogViews = new HashMap<>();
        Map<Locale, Parent> saleViews = new HashMap<>();
        return new Screens()
                .with(Section.COUNTER, () -> {
                    Parent view = saleViews.computeIfAbsent(i18n.locale(), locale -> Fxml.load(
                            "/com/wmxtopup/counter/ui/counter/SaleView.fxml", i18n.bundle(), new SaleView(sale, recentSales, i18n)));
                    sale.load();
                    return view;
                })
                .with(Section.CATALOG, () -> {
                    Parent view = catalogViews.computeIfAbsent(i18n.locale(), locale -> Fxml.load(
                            "/com/wmxtopup/counter/ui/catalog/CatalogView.fxml", i18n.bundle(), new CatalogView(catalog, i18n)));
                    catalog.load();
                    return view;
                });
    }
}
