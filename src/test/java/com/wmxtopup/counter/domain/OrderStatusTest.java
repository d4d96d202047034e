package com.wmxtopup.counter.domain;

import static com.wmxtopup.counter.domain.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/// Every pair of statuses, checked against the state machine of docs/architecture.md written out
/// here a second time, independently of the enum's own table.
class OrderStatusTest {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.ofEntries(
            Map.entry(PENDING, EnumSet.of(WAITING_PAYMENT, PAID, CANCELLED)),
            Map.entry(WAITING_PAYMENT, EnumSet.of(PAID, EXPIRED, CANCELLED)),
            Map.entry(PAID, EnumSet.of(SUPPLIER_REQUESTING)),
            Map.entry(SUPPLIER_REQUESTING, EnumSet.of(PROCESSING, FAILED, PAID, NEEDS_CHECK)),
            Map.entry(PROCESSING, EnumSet.of(SUCCESS, FAILED)),
            Map.entry(NEEDS_CHECK, EnumSet.of(PROCESSING, PAID, REFUNDED, SUCCESS)),
            Map.entry(FAILED, EnumSet.of(REFUNDED, PAID)),
            Map.entry(SUCCESS, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(EXPIRED, EnumSet.of(PAID)),
            Map.entry(CANCELLED, EnumSet.of(PAID)),
            Map.entry(REFUNDED, EnumSet.noneOf(OrderStatus.class)));

    static Stream<Arguments> everyPair() {
        return Stream.of(values()).flatMap(from -> Stream.of(values())
                .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed={2}")
    @MethodSource("everyPair")
    void transitionIsAllowedExactlyWhenTheStateMachineHasTheEdge(OrderStatus from, OrderStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        var order = OrderFixtures.order(from);
        if (allowed) {
            assertThat(order.movedTo(to, Instant.EPOCH).status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> order.movedTo(to, Instant.EPOCH))
                    .isInstanceOf(IllegalStatusTransitionException.class)
                    .hasMessage("order status cannot change from " + from + " to " + to);
        }
    }

    @Test
    void theTableAboveCoversEveryStatus() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(values());
    }

    @Test
    void statusNamesAreThoseOfTheRestApi() {
        assertThat(Stream.of(values()).map(Enum::name)).containsExactly("PENDING", "WAITING_PAYMENT", "PAID",
                "SUPPLIER_REQUESTING", "PROCESSING", "SUCCESS", "FAILED", "EXPIRED", "CANCELLED", "NEEDS_CHECK", "REFUNDED");
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        assertThat(Stream.of(values()).filter(OrderStatus::isFinal)).containsExactlyInAnyOrder(SUCCESS, REFUNDED);
    }

    @Test
    void aPaidOrderCanNeverExpireOrBeCancelled() {
        assertThat(List.of(EXPIRED, CANCELLED, WAITING_PAYMENT, PENDING)).noneMatch(PAID::canMoveTo);
    }

    @Test
    void aTimeoutCannotSilentlyBecomeAFailure() {
        // NEEDS_CHECK is resolved by finding the order at the supplier (PROCESSING), proving it
        // absent (PAID), an admin's refund, or an admin's "delivered" with the supplier's reference
        // (SettleOrders.markDelivered; the sync worker never does it); never straight to FAILED.
        assertThat(NEEDS_CHECK.canMoveTo(FAILED)).isFalse();
    }
}
