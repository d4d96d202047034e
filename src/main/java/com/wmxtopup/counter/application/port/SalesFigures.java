package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/// Sums over the orders created on a run of the shop's days (in its zone), worked out by the
/// database (never by reading the orders): per status, and for the successful ones per game,
/// item, seller, payment method and UTC hour.
public interface SalesFigures {

    /// Sums of the orders created from the start of `first` to the end of `last`, shop days,
    /// taking in every order change committed before the call.
    default Sums between(LocalDate first, LocalDate last) {
        return between(first, last, Waiting.NONE);
    }

    /// As [#between(LocalDate, LocalDate)]; when the sums kept for reports are still being
    /// brought up to date (the first filling after an upgrade, changes not yet taken in), the
    /// call waits for that and tells `waiting` how far it is.
    Sums between(LocalDate first, LocalDate last, Waiting waiting);

    /// Told how far the sums are while a report waits for them, and asked whether it still should.
    interface Waiting {
        Waiting NONE = new Waiting() {
            @Override
            public void preparing(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        /// `done` of `total` steps (shop days summed) of the work the report waits for.
        void preparing(long done, long total);

        /// True when nobody wants the report any more: the wait then ends with a
        /// [java.util.concurrent.CancellationException].
        boolean isCancelled();
    }

    /// How many orders, what customers paid for them and what the supplier charged.
    record Sum(long orders, long amount, long cost) {
        public static final Sum ZERO = new Sum(0, 0, 0);

        public Sum plus(Sum other) {
            return new Sum(orders + other.orders, Math.addExact(amount, other.amount), Math.addExact(cost, other.cost));
        }
    }

    /// One group of successful orders: `key` as stored (a game, a SKU, a seller's name, `QRIS`),
    /// `label` as shown (an item's name; the key itself for the others).
    record Group(String key, String label, Sum sum) {
    }

    /// @param byStatus every status found in the span, successful or not
    /// @param games successful orders per game
    /// @param items successful orders per SKU
    /// @param sellers successful orders per seller (`sold_by`, empty for sales before sign-in existed)
    /// @param paymentMethods successful orders per payment method
    /// @param hours successful orders per UTC hour that had any
    record Sums(Map<OrderStatus, Sum> byStatus, List<Group> games, List<Group> items, List<Group> sellers, List<Group> paymentMethods,
                Map<Instant, Sum> hours) {
    }
}
