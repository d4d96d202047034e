package com.wmxtopup.counter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void aNewOrderIsPendingAndNotStored() {
        var order = OrderFixtures.newOrder("WMX-1");
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.isStored()).isFalse();
        assertThat(order.version()).isZero();
        assertThat(order.sku()).isEqualTo("MLB86-S1");
        assertThat(order.game()).isEqualTo("Mobile Legends B");
    }

    @Test
    void movingKeepsEverythingButStatusAndTime() {
        var order = OrderFixtures.newOrder("WMX-1").withPaymentRequest("000201...", OrderFixtures.T0.plusSeconds(900));
        var later = OrderFixtures.T0.plusSeconds(5);
        var moved = order.movedTo(OrderStatus.WAITING_PAYMENT, later);
        assertThat(moved.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(moved.updatedAt()).isEqualTo(later);
        assertThat(moved.createdAt()).isEqualTo(order.createdAt());
        assertThat(moved.qrString()).isEqualTo("000201...");
        assertThat(moved.amount()).isEqualTo(order.amount());
    }

    @Test
    void orderNumbersFollowTheApiRules() {
        assertThat(new OrderNumber("WMX-20261124-ABC_1").value()).isEqualTo("WMX-20261124-ABC_1");
        assertThatThrownBy(() -> new OrderNumber("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("a.b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("x".repeat(51))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OrderNumber("x".repeat(50)).value()).hasSize(50);
    }

    @Test
    void generatedNumbersCarryTheWibDateAndDoNotRepeat() {
        // 2026-11-24 20:00 UTC is already the 25th in Jakarta (UTC+7).
        var random = new SplittableRandom(42);
        var number = OrderNumber.generate("WMX", Instant.parse("2026-11-24T20:00:00Z"), ShopZone.WIB, random);
        assertThat(number.value()).matches("WMX-20261125-[0-9A-HJKMNP-TV-Z]{10}");
        var seen = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(OrderNumber.generate("WMX", OrderFixtures.T0, ShopZone.WIB, random).value());
        }
        assertThat(seen).hasSize(100_000);
    }
}
