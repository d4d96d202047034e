package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/// What the order on screen reaching a status means for the sale.
class SaleOutcomeTest {

    @ParameterizedTest(name = "{0}: {1} in the {2} style, the sale over: {3}")
    @CsvSource(textBlock = """
            # status,    message key,          severity, over
            SUCCESS,     sale.done.success,    SUCCESS,  true
            FAILED,      sale.done.failed,     DANGER,   true
            EXPIRED,     sale.done.unpaid,     WARNING,  true
            CANCELLED,   sale.done.unpaid,     WARNING,  true
            REFUNDED,    sale.reopen.refunded, INFO,     true
            NEEDS_CHECK, sale.needsCheck,      WARNING,  false
            """)
    void aFinishedOrderEndsTheSaleAndOneToCheckOnlyWarns(OrderStatus status, String key, Severity severity, boolean over) {
        var outcome = SaleOutcome.of(OrderFixtures.order(status)).orElseThrow();
        assertThat(outcome.notice().phrase().key()).isEqualTo(key);
        assertThat(outcome.notice().severity()).isEqualTo(severity);
        assertThat(outcome.over()).isEqualTo(over);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PENDING", "WAITING_PAYMENT", "PAID", "SUPPLIER_REQUESTING", "PROCESSING"})
    void anOrderOnItsWaySaysNothing(OrderStatus status) {
        assertThat(SaleOutcome.of(OrderFixtures.order(status))).isEmpty();
    }
}
