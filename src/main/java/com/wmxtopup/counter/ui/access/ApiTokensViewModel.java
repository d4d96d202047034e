package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.ApiTokens;
import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.ApiTokenRepository.ApiToken;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The owner's REST API tokens (part of the settings): one per integration, the secret shown once
/// when created, revoked at once.
public final class ApiTokensViewModel {

    private static final DateTimeFormatter WHEN = com.wmxtopup.counter.ui.common.ShopDates.DAY_TIME;

    /// One token as listed: never its secret.
    public record Row(long id, String name, String ending, String created) {
    }

    private final ApiTokens tokens;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final ShopZone zone;
    private final TaskSlot work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shownSecret = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ApiTokensViewModel(ApiTokens tokens, CurrentOperator operator, TaskRunner tasks, I18n i18n, ShopZone zone) {
        this.tokens = tokens;
        this.operator = operator;
        this.i18n = i18n;
        this.zone = zone;
        this.work = new TaskSlot(tasks, "api tokens");
        operator.property().addListener((obs, old, now) -> {
            rows.clear();
            shownSecret.set("");
        });
    }

    public void load() {
        run(acting -> tokens.list(acting), list -> rows.setAll(list.stream().map(this::row).toList()));
    }

    public void create() {
        String name = newName.get();
        run(acting -> tokens.create(acting, name), created -> {
            newName.set("");
            shownSecret.set(created.secret());
            message.set(i18n.text("tokens.created", created.token().name()));
            load();
        });
    }

    public void revoke() {
        Row row = selected.get();
        if (row != null) {
            run(acting -> tokens.revoke(acting, row.id()), revoked -> {
                shownSecret.set("");
                message.set(i18n.text("tokens.revoked", row.name()));
                load();
            });
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T apply(Operator acting) throws Exception;
    }

    private <T> void run(Call<T> call, Consumer<T> then) {
        Operator acting = operator.get();
        work.run(progress -> call.apply(acting), then, error -> message.set(error instanceof NotPermittedException
                ? i18n.text("tokens.ownerOnly")
                : i18n.text("tokens.failed", String.valueOf(error.getMessage()))));
    }

    private Row row(ApiToken token) {
        return new Row(token.id(), token.name(), "…" + token.lastFour(),
                WHEN.format(zone.at(token.createdAt())) + " · " + token.createdBy());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /// The new token's text, shown once until something else happens.
    public ReadOnlyStringProperty shownSecretProperty() {
        return shownSecret.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
