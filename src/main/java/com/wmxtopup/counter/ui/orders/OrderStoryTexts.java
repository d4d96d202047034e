package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.application.order.SettleOrders;
import com.wmxtopup.counter.application.order.SupplierLookup;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.OrderStatusLook;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The words of an order's story and of what an action did, in the current language.
final class OrderStoryTexts {

    static final DateTimeFormatter WHEN = com.wmxtopup.counter.ui.common.ShopDates.DAY_TIME_SECONDS;

    private final I18n i18n;
    private final ShopZone zone;

    OrderStoryTexts(I18n i18n, ShopZone zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    List<String> facts(Order o) {
        var lines = new ArrayList<String>();
        lines.add(i18n.text("orders.fact.item", o.game() + " — " + o.productName(), o.sku()));
        lines.add(i18n.text("orders.fact.player", o.target().display(), o.nickname().isEmpty() ? "—" : o.nickname()));
        lines.add(i18n.text("orders.fact.money", RupiahFormat.format(o.amount()), RupiahFormat.format(o.cost()),
                i18n.text("orders.payment." + o.paymentMethod().name().toLowerCase(Locale.ROOT))));
        lines.add(i18n.text("orders.fact.created", WHEN.format(zone.at(o.createdAt())), zone.label()));
        if (!o.paymentTransactionId().isEmpty()) {
            lines.add(i18n.text("orders.fact.midtrans", o.paymentTransactionId()));
        }
        if (!o.supplierTrxId().isEmpty()) {
            lines.add(i18n.text("orders.fact.supplier", o.supplierTrxId(), o.supplierAttempts()));
        }
        if (!o.customerPhone().isEmpty()) {
            lines.add(i18n.text("orders.fact.phone", o.customerPhone()));
        }
        if (!o.note().isEmpty()) {
            lines.add(i18n.text("orders.fact.note", o.note()));
        }
        return lines;
    }

    String outcome(Object result) {
        return switch (result) {
            case SettleOrders.Outcome.Done done -> i18n.text("orders.done",
                    OrderStatusLook.text(i18n, done.order().status()));
            case SettleOrders.Outcome.Refused refused -> i18n.text("orders.refused." + refused.refusal().name().toLowerCase(Locale.ROOT),
                    refused.refusal() == SettleOrders.Refusal.NOT_IN_THIS_STATUS
                            ? OrderStatusLook.text(i18n, OrderStatus.valueOf(refused.detail()))
                            : refused.detail());
            case Order changed -> i18n.text("orders.done", OrderStatusLook.text(i18n, changed.status()));
            case Receipts.Handed handed -> i18n.text(handed.printed() ? "orders.receipt.printed" : "orders.receipt.saved");
            case SettleOrders.Recheck recheck -> i18n.text("orders.recheck", payment(recheck), supplier(recheck.supplier()),
                    i18n.text(recheck.changed() ? "orders.recheck.applied" : "orders.recheck.unchanged"));
            default -> result.toString();
        };
    }

    private String payment(SettleOrders.Recheck recheck) {
        if (!recheck.paymentProblem().isEmpty()) {
            return i18n.text("orders.recheck.paymentUnknown");
        }
        return recheck.payment().map(p -> p.transactionStatus()).orElse(i18n.text("orders.recheck.noPayment"));
    }

    private String supplier(SupplierLookup lookup) {
        return switch (lookup) {
            case SupplierLookup.Found found -> i18n.text("orders.lookup.found", found.transaction().trxId(),
                    found.transaction().state().name());
            case SupplierLookup.Absent absent -> i18n.text("orders.lookup.absent", absent.transactionsRead());
            case SupplierLookup.Ambiguous ambiguous -> i18n.text("orders.lookup.ambiguous", ambiguous.candidates().size());
            case SupplierLookup.Unclear unclear -> i18n.text("orders.lookup.unclear");
            case SupplierLookup.NeverSent never -> i18n.text("orders.lookup.neverSent");
        };
    }
}
