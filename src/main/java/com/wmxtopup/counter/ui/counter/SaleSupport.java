package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskScope;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/// What the sale's step view models share: the step the sale is on, the one message line, the
/// busy flag, and the runners — `sale` for work that belongs to the sale on screen (abandoned as
/// one when the cashier leaves it), `screen` for work that outlives a sale (a receipt being
/// printed, the catalog, the timers).
final class SaleSupport {

    final TaskRunner screen;
    final TaskScope sale;
    final I18n i18n;
    final UpstreamErrors errors;
    final ReadOnlyObjectWrapper<SaleViewModel.Step> step = new ReadOnlyObjectWrapper<>(SaleViewModel.Step.GAME);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    SaleSupport(TaskRunner screen, I18n i18n) {
        this.screen = screen;
        this.sale = new TaskScope(screen);
        this.i18n = i18n;
        this.errors = new UpstreamErrors(i18n);
    }

    void say(String key, Object... args) {
        message.set(i18n.text(key, args));
    }

    /// A busy no-op says why instead of doing nothing silently.
    boolean refuseWhileBusy() {
        if (busy.get()) {
            say("sale.busy");
            return true;
        }
        return false;
    }
}
