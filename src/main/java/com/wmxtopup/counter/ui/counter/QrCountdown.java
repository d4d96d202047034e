package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The time left to pay a waiting QR ("4:59"), said again every tick and in the language chosen;
/// nothing for an order that is not waiting for its QR to be paid.
final class QrCountdown {

    private final Clock clock;
    private final I18n i18n;
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper("");

    QrCountdown(Clock clock, I18n i18n) {
        this.clock = clock;
        this.i18n = i18n;
    }

    /// The countdown of `current` (null: no order on screen) as of now.
    void show(Order current) {
        if (current == null || current.paymentExpiresAt() == null || current.status() != OrderStatus.WAITING_PAYMENT) {
            remainingText.set("");
            return;
        }
        Duration left = Duration.between(clock.instant(), current.paymentExpiresAt());
        remainingText.set(left.isNegative()
                ? i18n.text("sale.qrExpiring")
                : i18n.text("sale.qrRemaining", String.format("%d:%02d", left.toMinutes(), left.toSecondsPart())));
    }

    ReadOnlyStringProperty textProperty() {
        return remainingText.getReadOnlyProperty();
    }
}
