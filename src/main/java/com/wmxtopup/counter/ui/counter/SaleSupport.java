package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskScope;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// What the sale's step view models share: the step the sale is on, the one message line (with
/// how much it needs attention, said again in the language chosen), the busy flag, and the
/// runners — `sale` for work that belongs to the sale on screen (abandoned as one when the
/// cashier leaves it), `screen` for work that outlives a sale (a receipt being printed, the
/// catalog, the timers).
final class SaleSupport {

    final TaskRunner screen;
    final TaskScope sale;
    final I18n i18n;
    final ReadOnlyObjectWrapper<SaleViewModel.Step> step = new ReadOnlyObjectWrapper<>(SaleViewModel.Step.GAME);
    final NoticeLine message;
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /// Who sells: the signed-in cashier, passed to every use case.
    final CurrentOperator operator;

    SaleSupport(TaskRunner screen, I18n i18n, CurrentOperator operator) {
        this.operator = operator;
        this.screen = screen;
        this.sale = new TaskScope(screen);
        this.i18n = i18n;
        this.message = new NoticeLine(i18n);
    }

    /// Something to know, nothing to act on.
    void say(String key, Object... args) {
        message.show(Notice.info(key, args));
    }

    void say(Notice notice) {
        message.show(notice);
    }

    /// Background work failed: one sentence saying what to do, in the danger style.
    void sayFailed(Throwable error) {
        message.show(Notice.danger(UpstreamErrors.phraseOf(error)));
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
