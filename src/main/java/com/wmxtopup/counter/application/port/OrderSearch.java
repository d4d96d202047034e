package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/// One page of a filtered order list, newest first, as the repository runs it (times already
/// turned into instants by the application; text matched case-insensitively as a substring of
/// the order number, player ID, nickname, WhatsApp number, supplier trxid or Midtrans
/// transaction id). Keyset paging: `after` is the last row of the previous page.
///
/// @param statuses empty: any status
/// @param needsAction when present, only orders an admin should look at (see [NeedsAction])
/// @param soldBy      empty: anyone's; else only the sales of this cashier (or integration), exactly
public record OrderSearch(Set<OrderStatus> statuses, Optional<NeedsAction> needsAction, Optional<Instant> createdFrom,
                          Optional<Instant> createdBefore, String game, Optional<PaymentMethod> paymentMethod, String text,
                          String soldBy, Optional<PageKey> after, int limit) {

    public OrderSearch {
        statuses = Set.copyOf(statuses);
        game = game == null ? "" : game.strip();
        text = text == null ? "" : text.strip();
        soldBy = soldBy == null ? "" : soldBy.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /// Where a page ends: the creation time and id of its last (oldest) row.
    public record PageKey(Instant createdAt, long id) {
    }

    /// "Perlu tindakan": NEEDS_CHECK; FAILED (not refunded); PAID and not sent since `paidBefore`;
    /// PROCESSING since before `processingBefore`; PENDING since before `pendingBefore`.
    public record NeedsAction(Instant paidBefore, Instant processingBefore, Instant pendingBefore) {
    }

    /// Count and money of every order the filters match (all pages).
    public record Totals(long count, long revenue, long cost) {
        public long profit() {
            return revenue - cost;
        }
    }
}
