package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.shift.ShiftDesk;
import com.wmxtopup.counter.application.shift.ShiftPapers;
import com.wmxtopup.counter.application.shift.ShiftReport;
import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Shift;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Kas screen: this console's shift — open it with a counted float, see the X report, close
/// it with the counted cash (the Z report is saved and printed at once). The use cases check who
/// may; this says in one sentence what they answered. Every call runs off the FX thread.
public final class ShiftViewModel {

    private final ShiftDesk desk;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final ShiftTexts texts;
    private final TaskRunner tasks;
    private final Runner own;
    private final CashCountViewModel openCount;
    private final CashCountViewModel closeCount;
    private final StringProperty closeNote = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Shift>> current = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<ShiftReport>> report = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<String> reportLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringBinding closePreview;

    public ShiftViewModel(ShiftDesk desk, CurrentOperator operator, TaskRunner tasks, I18n i18n, ShiftTexts texts) {
        this.desk = desk;
        this.operator = operator;
        this.i18n = i18n;
        this.texts = texts;
        this.tasks = tasks;
        this.own = new Runner(new TaskSlot(tasks, "shift"));
        this.openCount = new CashCountViewModel(i18n);
        this.closeCount = new CashCountViewModel(i18n);
        this.closePreview = Bindings.createStringBinding(this::closePreviewText, closeCount.countBinding(), report);
        operator.property().addListener((obs, old, now) -> message.set(""));
    }

    /// Reads this console's shift and, while one is open, its X report.
    public void load() {
        run(acting -> {
            Optional<Shift> shift = desk.shifts().current();
            return new Loaded(shift, shift.isPresent() ? desk.shifts().xReport(acting) : Optional.empty());
        }, loaded -> show(loaded.shift(), loaded.report()));
    }

    private record Loaded(Optional<Shift> shift, Optional<ShiftReport> report) {
    }

    public void open() {
        openCount.countBinding().get().ifPresent(count -> run(acting -> desk.shifts().open(acting, count), outcome -> {
            if (outcome instanceof Shifts.Outcome.Done done) {
                openCount.clear();
                message.set(i18n.text("shift.open.done", done.shift().id(), RupiahFormat.format(count.total())));
                load();
            } else {
                message.set(texts.refusal((Shifts.Outcome.Refused) outcome, expected()));
                load();
            }
        }));
    }

    /// Closes with the count typed, then saves (and prints) the Z report at once.
    public void close() {
        Optional<com.wmxtopup.counter.domain.CashCount> counted = closeCount.countBinding().get();
        String note = closeNote.get();
        counted.ifPresent(count -> run(acting -> {
            var outcome = desk.shifts().close(acting, count, note);
            if (!(outcome instanceof Shifts.Outcome.Done done)) {
                return new Closed(outcome, Optional.empty(), Optional.empty(), "");
            }
            ShiftReport z = desk.shifts().report(acting, done.shift().id()).orElseThrow();
            try {
                return new Closed(outcome, Optional.of(z), Optional.of(desk.papers().saveAndPrint(z)), "");
            } catch (ReceiptPrintException e) {
                // The shift is closed for good; only the paper failed, and it can be printed again.
                return new Closed(outcome, Optional.of(z), Optional.empty(), e.getMessage());
            }
        }, closed -> {
            if (closed.outcome() instanceof Shifts.Outcome.Refused refused) {
                message.set(texts.refusal(refused, expected()));
                return;
            }
            var z = closed.z().orElseThrow();
            closeCount.clear();
            closeNote.set("");
            String variance = ShiftTexts.signed(z.cash().variance().orElse(0L));
            message.set(closed.handed()
                    .map(handed -> i18n.text("shift.close.done", z.header().shiftId(), variance, handed.file(),
                            handed.printed() ? i18n.text("shift.printed") : ""))
                    .orElseGet(() -> i18n.text("shift.close.donePaperFailed", z.header().shiftId(), variance, closed.printProblem())));
            show(Optional.empty(), closed.z());
        }));
    }

    private record Closed(Shifts.Outcome outcome, Optional<ShiftReport> z, Optional<ShiftPapers.Handed> handed, String printProblem) {
    }

    /// Prints (when a thermal printer is set) and saves the report on screen.
    public void printReport() {
        report.get().ifPresent(shown -> run(acting -> desk.papers().saveAndPrint(shown),
                handed -> message.set(i18n.text("shift.report.saved", handed.file(), handed.printed() ? i18n.text("shift.printed") : ""))));
    }

    public void savePdf(Path file) {
        report.get().ifPresent(shown -> run(acting -> {
            desk.papers().savePdf(shown, file);
            return file;
        }, saved -> message.set(i18n.text("shift.report.saved", saved, ""))));
    }

    /// Shows another shift's report (chosen in the history).
    void showReport(ShiftReport other) {
        report.set(Optional.of(other));
        reportLines.setAll(desk.papers().preview(other));
    }

    void say(String text) {
        message.set(text);
    }

    private void show(Optional<Shift> shift, Optional<ShiftReport> shown) {
        current.set(shift);
        report.set(shown);
        reportLines.setAll(shown.map(desk.papers()::preview).orElse(java.util.List.of()));
        status.set(shift.map(texts::openSince).orElseGet(() -> i18n.text("shift.none")));
    }

    private Money expected() {
        return report.get().filter(r -> r.kind() == ShiftReport.Kind.X).map(r -> r.cash().expected()).orElse(Money.ZERO);
    }

    private String closePreviewText() {
        Optional<ShiftReport> x = report.get().filter(r -> r.kind() == ShiftReport.Kind.X);
        if (x.isEmpty()) {
            return "";
        }
        Money expected = x.get().cash().expected();
        return closeCount.countBinding().get()
                .map(c -> i18n.text("shift.close.expected", RupiahFormat.format(expected), RupiahFormat.format(c.total()),
                        ShiftTexts.signed(c.total().rupiah() - expected.rupiah())))
                .orElseGet(() -> i18n.text("shift.close.expectedOnly", RupiahFormat.format(expected)));
    }

    @FunctionalInterface
    interface Call<T> {
        T apply(Operator acting) throws Exception;
    }

    <T> void run(Call<T> call, Consumer<T> then) {
        own.run(call, then);
    }

    /// Work in its own slot, so that it does not supersede this screen's (the history's list
    /// loads beside the shift), with the same busy flag and failure sentence.
    Runner runner(String name) {
        return new Runner(new TaskSlot(tasks, name));
    }

    final class Runner {
        private final TaskSlot slot;

        private Runner(TaskSlot slot) {
            this.slot = slot;
        }

        <T> void run(Call<T> call, Consumer<T> then) {
            Operator acting = operator.get();
            busy.set(true);
            slot.run(progress -> call.apply(acting), result -> {
                busy.set(false);
                then.accept(result);
            }, error -> {
                busy.set(false);
                message.set(texts.failure(error));
            });
        }
    }

    /// Whether the person signed in may see every console's shifts (the use case checks again).
    boolean mayManageShifts() {
        return operator.may(com.wmxtopup.counter.domain.Permission.MANAGE_SHIFTS);
    }

    public CashCountViewModel openCount() {
        return openCount;
    }

    public CashCountViewModel closeCount() {
        return closeCount;
    }

    public StringProperty closeNoteProperty() {
        return closeNote;
    }

    public ObjectProperty<Optional<Shift>> currentProperty() {
        return current;
    }

    public ObjectProperty<Optional<ShiftReport>> reportProperty() {
        return report;
    }

    public ObservableList<String> reportLines() {
        return reportLines;
    }

    public StringBinding closePreviewBinding() {
        return closePreview;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
