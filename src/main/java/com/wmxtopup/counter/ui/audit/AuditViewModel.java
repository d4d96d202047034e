package com.wmxtopup.counter.ui.audit;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.audit.AuditTrail;
import com.wmxtopup.counter.application.port.AuditLog;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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

/// The audit log screen (Log audit): who did what and when, newest first, filtered by action,
/// person, words and the shop's days; more pages on request; the filtered lines as CSV.
public final class AuditViewModel {

    private static final int PAGE = 200;
    private static final DateTimeFormatter WHEN = com.wmxtopup.counter.ui.common.ShopDates.DAY_TIME_SECONDS;

    /// One line as shown.
    public record Row(long id, String when, String who, String action, String subject, String detail) {
    }

    /// An action to filter by (empty: all), with its words.
    public record ActionChoice(Optional<AuditAction> action, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final AuditTrail trail;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final ShopZone zone;
    private final TaskSlot reading;
    private final TaskSlot exporting;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final List<ActionChoice> actions;
    private final ObjectProperty<ActionChoice> action = new SimpleObjectProperty<>();
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public AuditViewModel(AuditTrail trail, CurrentOperator operator, TaskRunner tasks, I18n i18n, ShopZone zone) {
        this.trail = trail;
        this.operator = operator;
        this.i18n = i18n;
        this.zone = zone;
        this.reading = new TaskSlot(tasks, "audit log");
        this.exporting = new TaskSlot(tasks, "audit export");
        this.actions = Stream.concat(Stream.of(new ActionChoice(Optional.empty(), i18n.text("audit.allActions"))),
                Stream.of(AuditAction.values()).map(a -> new ActionChoice(Optional.of(a), actionText(a)))).toList();
        action.set(actions.getFirst());
        operator.property().addListener((obs, old, now) -> rows.clear());
    }

    /// The first page for the filters as they stand.
    public void load() {
        read(Optional.empty());
    }

    public void loadMore() {
        if (!rows.isEmpty()) {
            read(Optional.of(rows.getLast().id()));
        }
    }

    private void read(Optional<Long> before) {
        var query = query();
        var acting = operator.get();
        busy.set(true);
        reading.run(progress -> trail.page(acting, query, PAGE, before), page -> {
            busy.set(false);
            message.set("");
            List<Row> shown = page.stream().map(this::row).toList();
            if (before.isEmpty()) {
                rows.setAll(shown);
            } else {
                rows.addAll(shown);
            }
            more.set(page.size() == PAGE);
        }, this::failed);
    }

    public void exportTo(Path file) {
        var query = query();
        var acting = operator.get();
        message.set(i18n.text("audit.export.running"));
        exporting.run(progress -> trail.export(acting, query, file),
                lines -> message.set(i18n.text("audit.export.done", lines, file.getFileName().toString())), this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error instanceof NotPermittedException
                ? i18n.text("audit.adminsOnly")
                : i18n.text("audit.failed",
                        String.valueOf(error.getMessage())));
    }

    private AuditLog.Query query() {
        return new AuditLog.Query(Optional.ofNullable(fromDay.get()).map(day -> day.atStartOfDay(zone.zone()).toInstant()),
                Optional.ofNullable(toDay.get()).map(day -> day.plusDays(1).atStartOfDay(zone.zone()).toInstant()),
                action.get() == null ? Set.of() : action.get().action().map(Set::of).orElse(Set.of()), who.get(), text.get());
    }

    private Row row(AuditLog.Row row) {
        var e = row.entry();
        return new Row(row.id(), WHEN.format(zone.at(e.at())), e.who(), actionText(e.action()), e.subject(), e.detail());
    }

    private String actionText(AuditAction a) {
        return i18n.text("audit.action." + a.name().toLowerCase(Locale.ROOT));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public List<ActionChoice> actions() {
        return actions;
    }

    public ObjectProperty<ActionChoice> actionProperty() {
        return action;
    }

    public StringProperty whoProperty() {
        return who;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String zoneLabel() {
        return zone.label();
    }
}
