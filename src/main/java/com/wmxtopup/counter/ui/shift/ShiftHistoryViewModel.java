package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Shift;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The admin's list of every console's shifts: read any report, force-close a shift left open
/// (with a reason). The use case refuses cashiers; the screen shows the list only to those who may.
public final class ShiftHistoryViewModel {

    private static final int SHOWN = 200;

    /// One shift as the table shows it.
    public record Row(Shift shift, boolean open, String number, String console, String opened, String closed, String expected,
                      String counted,
                      String variance) {
    }

    private final Shifts shifts;
    private final ShiftViewModel shift;
    private final I18n i18n;
    private final ShiftTexts texts;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty forceReason = new SimpleStringProperty("");
    private final ShiftViewModel.Runner work;
    private boolean loaded;

    public ShiftHistoryViewModel(Shifts shifts, ShiftViewModel shift, I18n i18n, ShiftTexts texts) {
        this.shifts = shifts;
        this.shift = shift;
        this.i18n = i18n;
        this.texts = texts;
        this.work = shift.runner("shift-history");
        // A shift opened, closed or force-closed here shows in the list at once.
        shift.currentProperty().addListener((obs, old, now) -> {
            if (loaded && shift.mayManageShifts()) {
                load();
            }
        });
    }

    public void load() {
        loaded = true;
        work.run(acting -> shifts.history(acting, SHOWN), list -> rows.setAll(list.stream().map(this::row).toList()));
    }

    /// Shows the selected shift's report beside the list.
    public void showSelected() {
        Row row = selected.get();
        if (row != null) {
            work.run(acting -> shifts.report(acting, row.shift().id()), found -> found.ifPresent(shift::showReport));
        }
    }

    public void forceCloseSelected() {
        Row row = selected.get();
        String reason = forceReason.get();
        if (row == null) {
            return;
        }
        work.run(acting -> shifts.forceClose(acting, row.shift().id(), reason), outcome -> {
            if (outcome instanceof Shifts.Outcome.Refused refused) {
                shift.say(texts.refusal(refused, Money.ZERO));
                return;
            }
            forceReason.set("");
            shift.load();
            load();
            shift.say(i18n.text("shift.history.forced.done", row.shift().id()));
        });
    }

    private Row row(Shift s) {
        var closing = s.closing();
        return new Row(s, s.isOpen(), "#" + s.id(), Shift.shortConsoleId(s.consoleId()),
                texts.time(s.openedAt()),
                closing.map(c -> texts.time(c.at()) + (c.forced() ? " (" + i18n.text("shift.history.forced") + ")" : ""))
                        .orElse(i18n.text("shift.history.open")),
                closing.map(c -> RupiahFormat.format(c.expectedCash())).orElse(""),
                closing.map(c -> c.counted().map(count -> RupiahFormat.format(count.total()))
                        .orElse(i18n.text("shift.history.notCounted"))).orElse(""),
                closing.flatMap(Shift.Closing::variance).map(ShiftTexts::signed).orElse(""));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty forceReasonProperty() {
        return forceReason;
    }
}
