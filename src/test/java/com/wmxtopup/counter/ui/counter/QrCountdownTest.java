package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/// The time left to pay a waiting QR.
class QrCountdownTest {

    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final QrCountdown countdown = new QrCountdown(Clock.fixed(OrderFixtures.T0, ZoneOffset.UTC), i18n);

    private static Order waitingUntil(Duration fromNow) {
        return OrderFixtures.order(OrderStatus.WAITING_PAYMENT).withPaymentRequest("qr", OrderFixtures.T0.plus(fromNow));
    }

    @Test
    void aWaitingQrCountsMinutesAndSecondsDown() {
        countdown.show(waitingUntil(Duration.ofSeconds(14 * 60 + 5)));
        assertThat(countdown.textProperty().get()).isEqualTo("Time left to pay 14:05");
    }

    @Test
    void aQrPastItsTimeWaitsForTheGatewaysWord() {
        countdown.show(waitingUntil(Duration.ofSeconds(-1)));
        assertThat(countdown.textProperty().get()).startsWith("Payment time is up");
    }

    @Test
    void nothingForAnOrderNotWaitingOrNoOrderAtAll() {
        countdown.show(waitingUntil(Duration.ofMinutes(5)));
        countdown.show(OrderFixtures.order(OrderStatus.PAID).withPaymentRequest("qr", OrderFixtures.T0.plusSeconds(60)));
        assertThat(countdown.textProperty().get()).isEmpty();
        countdown.show(waitingUntil(Duration.ofMinutes(5)));
        countdown.show(null);
        assertThat(countdown.textProperty().get()).isEmpty();
    }
}
