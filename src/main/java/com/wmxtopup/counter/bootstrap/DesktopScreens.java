package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.ui.catalog.CatalogView;
import com.wmxtopup.counter.ui.catalog.CatalogViewModel;
import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.shell.Screens;
import com.wmxtopup.counter.ui.shell.Section;

/// The window's screens, wired to the application's services. View models live as long as the
/// window, so a screen keeps its state when the cashier navigates away and back or switches
/// language; the view itself is rebuilt each time it is shown.
public final class DesktopScreens {

    private DesktopScreens() {
    }

    public static Screens build(AppContext context, TaskRunner tasks, I18n i18n) {
        var catalog = new CatalogViewModel(context.catalog(), context.catalogSync(), tasks, i18n);
        return new Screens()
                .with(Section.CATALOG, () -> {
                    var view = Fxml.load("/com/wmxtopup/counter/ui/catalog/CatalogView.fxml", i18n.bundle(), new CatalogView(catalog, i18n));
                    catalog.load();
                    return view;
                });
    }
}
