package com.wmxtopup.counter.adapter.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.PaymentStatus.State;
import com.wmxtopup.counter.domain.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/// Amounts, timestamps and the §4.4 status mapping at the Midtrans boundary.
class MidtransAmountAndStateTest {

    @ParameterizedTest(name = "\"{0}\" is {1} rupiah")
    @CsvSource(textBlock = """
            25000.00,              25000
            25000.0,               25000
            25000,                 25000
            0.00,                  0
            1500.00,               1500
            999999999999999999.00, 999999999999999999
            """)
    void wholeRupiahAmountsParseExactly(String text, long rupiah) {
        assertThat(MidtransAmount.parse(text)).contains(Money.rupiah(rupiah));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"25000.50", "25000.01", "25.000", "10000,00", "25,000.00", "-1.00", "+5.00", "1e4", "", " ", "Rp 5000",
            "9999999999999999999.00", "25000.", ".00", "NaN"})
    void anythingButAWholeAmountIsRejected(String text) {
        assertThat(MidtransAmount.parse(text)).isEmpty();
    }

    @Test
    void answerTimesAreWibAndOrderTimeCarriesTheOffset() {
        assertThat(MidtransTime.parseWib("2025-03-01 10:30:00")).contains(Instant.parse("2025-03-01T03:30:00Z"));
        assertThat(MidtransTime.parseWib("2025-02-30 10:30:00")).isEmpty();
        assertThat(MidtransTime.parseWib("2025-03-01T10:30:00")).isEmpty();
        assertThat(MidtransTime.orderTime(Instant.parse("2025-03-01T03:15:00Z"))).isEqualTo("2025-03-01 10:15:00 +0700");
    }

    @ParameterizedTest(name = "{0} + fraud ''{1}'' -> {2}")
    @CsvSource(textBlock = """
            settlement,         accept,    PAID
            settlement,         '',        PAID
            capture,            accept,    PAID
            capture,            '',        PAID
            capture,            challenge, CHALLENGED
            settlement,         challenge, CHALLENGED
            settlement,         deny,      FAILED
            capture,            deny,      FAILED
            pending,            accept,    PENDING
            pending,            '',        PENDING
            authorize,          accept,    PENDING
            pending,            deny,      FAILED
            deny,               accept,    FAILED
            cancel,             accept,    FAILED
            expire,             accept,    FAILED
            failure,            '',        FAILED
            refund,             accept,    REFUNDED
            partial_refund,     accept,    REFUNDED
            chargeback,         accept,    REFUNDED
            partial_chargeback, accept,    REFUNDED
            SETTLEMENT,         ACCEPT,    PAID
            """)
    void transactionAndFraudStatusMapToThePosState(String transactionStatus, String fraudStatus, State expected) {
        assertThat(TransactionStates.of(transactionStatus, fraudStatus)).contains(expected);
    }

    @Test
    void unknownOrMissingTransactionStatusIsNotGuessed() {
        assertThat(TransactionStates.of("teleported", "accept")).isEqualTo(Optional.empty());
        assertThat(TransactionStates.of(null, "accept")).isEmpty();
        assertThat(TransactionStates.of("", "")).isEmpty();
    }
}
