package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.port.Nickname;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.common.TaskSlot;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The player step's nickname check: the supplier is asked whose ID it is (and, at the same time,
/// whether the same item went to the same ID a few minutes ago) so the cashier can read the name
/// back before money changes hands. A game without a nickname check gets no nickname at all (never
/// a stand-in text that would be stored and printed as one): the line says in the warning style
/// that the ID was not checked and asks the cashier to read the ID itself back.
public final class NicknameCheckViewModel {

    private final NicknameLookup nicknames;
    private final FindOrders orders;
    private final SaleSupport support;
    private final Clock clock;
    private final Supplier<TopUpTarget> target;
    private final TaskSlot lookup;
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nickname = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper idUnchecked = new ReadOnlyBooleanWrapper(false);
    private final NoticeLine text;
    private final NoticeLine error;
    private boolean confirmed;

    /// `target`: the IDs as typed now (the warning line names them).
    NicknameCheckViewModel(NicknameLookup nicknames, FindOrders orders, SaleSupport support, Clock clock, Supplier<TopUpTarget> target) {
        this.nicknames = nicknames;
        this.orders = orders;
        this.support = support;
        this.clock = clock;
        this.target = target;
        this.lookup = new TaskSlot(support.sale, "nickname");
        this.text = new NoticeLine(support.i18n);
        this.error = new NoticeLine(support.i18n);
        nickname.addListener((obs, old, now) -> showNickname());
        idUnchecked.addListener((obs, old, now) -> showNickname());
        checking.addListener((obs, old, now) -> showNickname());
    }

    /// The IDs changed (or a new sale began): nothing checked, and a nickname still on its way for
    /// what was typed before must not come back.
    void reset() {
        lookup.abandon();
        checking.set(false);
        nickname.set("");
        idUnchecked.set(false);
        error.clear();
        confirmed = false;
    }

    /// An earlier order opened again: its nickname as it was confirmed then (none: sold on an ID
    /// nobody checked).
    void restore(String confirmedNickname) {
        nickname.set(confirmedNickname);
        idUnchecked.set(confirmedNickname.isEmpty());
        confirmed = true;
    }

    /// Whether the cashier has seen what the check found (then Enter goes on).
    boolean isConfirmed() {
        return confirmed;
    }

    boolean isChecking() {
        return checking.get();
    }

    /// Asks the supplier in the background; the answer is shown, and a sale of the same item to the
    /// same ID a moment ago is a warning on the message line (the customer may really buy twice).
    void check(Product product, TopUpTarget checked) {
        checking.set(true);
        error.clear();
        lookup.run(progress -> new TargetCheck(nicknames.lookup(product, checked), orders.recentSameSale(product.sku(), checked)),
                found -> {
                    checking.set(false);
                    // Empty when the game has no nickname check: then nothing is stored or printed as one.
                    nickname.set(found.nickname().map(n -> n.name() + (n.countryCode().isEmpty() ? "" : " (" + n.countryCode() + ")"))
                            .orElse(""));
                    idUnchecked.set(found.nickname().isEmpty());
                    confirmed = true;
                    support.say(found.sameSale().map(o -> Notice.warning("sale.duplicateWarning",
                            Math.max(1, Duration.between(o.createdAt(), clock.instant()).toMinutes()), o.orderNumber().value()))
                            .orElse(Notice.NONE));
                }, failure -> {
                    checking.set(false);
                    error.show(failure instanceof SupplierException e && e.kind() == SupplierException.Kind.TARGET_NOT_FOUND
                            ? Notice.danger("sale.nicknameNotFound")
                            : Notice.danger(UpstreamErrors.phraseOf(failure)));
                });
    }

    private record TargetCheck(Optional<Nickname> nickname, Optional<Order> sameSale) {
    }

    private void showNickname() {
        if (checking.get()) {
            text.show(Notice.info("sale.nicknameChecking"));
        } else if (!nickname.get().isEmpty()) {
            text.show(Notice.success("sale.nickname", nickname.get()));
        } else if (idUnchecked.get()) {
            text.show(Notice.warning("sale.idNotChecked", target.get().display()));
        } else {
            text.clear();
        }
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /// The nickname the supplier found; empty until then, and for a game without a nickname check.
    public ReadOnlyStringProperty nicknameProperty() {
        return nickname.getReadOnlyProperty();
    }

    /// Whether the sale goes on with an ID nobody could check (the game has no nickname check).
    public ReadOnlyBooleanProperty idUncheckedProperty() {
        return idUnchecked.getReadOnlyProperty();
    }

    /// What the nickname line says: checking…, "Nickname: …", that the ID could not be checked, or
    /// nothing yet.
    public ReadOnlyStringProperty textProperty() {
        return text.textProperty();
    }

    /// A nickname found is a success; an ID that could not be checked a warning.
    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return text.severityProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.textProperty();
    }

    /// An unknown ID or a supplier that did not answer blocks the sale: always the danger style.
    public ReadOnlyObjectProperty<Severity> errorSeverityProperty() {
        return error.severityProperty();
    }
}
