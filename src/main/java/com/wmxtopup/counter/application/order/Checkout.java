package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.shift.CashDrawer;
import com.wmxtopup.counter.application.port.Durability;
import com.wmxtopup.counter.application.port.DuplicateOrderNumberException;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.QrisCharge;
import com.wmxtopup.counter.application.port.QrisChargeRequest;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.domain.TargetViolation;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Creates orders: validates the target for its game, rechecks price and availability against
/// the latest known buy price, refuses when the supplier balance is known to be too low, then
/// either charges QRIS (→ WAITING_PAYMENT, with the QR stored) or takes cash (→ PAID).
public final class Checkout {

    /// What the cashier or API asks for. `nickname` is what the nickname check showed (may be empty).
    public record Request(String sku, TopUpTarget target, String nickname, String phone, String email) {
        public Request {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(target, "target");
            nickname = Objects.requireNonNullElse(nickname, "");
            phone = Objects.requireNonNullElse(phone, "").strip();
            email = Objects.requireNonNullElse(email, "").strip();
        }
    }

    /// How a checkout ended.
    public sealed interface Result {
        /// The order exists: WAITING_PAYMENT with its QR, or PAID for cash.
        record Created(Order order) implements Result {
        }

        /// A field is wrong; `field` is the API name (`sku`, `userId`, `zoneId`, `phone`, `email`, `cashReceived`).
        record Invalid(String field, String problem, String detail) implements Result {
        }

        /// The item cannot be sold now (unknown, out of stock, removed, below cost).
        record NotForSale(String sku, PriceQuote.Block reason) implements Result {
        }

        /// The last known supplier balance does not cover the buy price.
        record SupplierBalanceTooLow(Money balance, Money needed) implements Result {
        }

        /// Cash goes into a drawer: no shift is open on this console to take it.
        record NoOpenShift() implements Result {
        }

        /// The QRIS charge failed; the order was cancelled and nothing is owed.
        record PaymentUnavailable(PaymentGatewayException.Kind kind, String orderNumber) implements Result {
        }
    }

    /// @param orderPrefix     the first part of generated order numbers (`WMX`)
    /// @param paymentExpiry   how long a QR can be paid
    /// @param notificationUrl where the gateway should send this instance's notifications, if set
    /// @param shopZone        whose date goes into order numbers
    public record Settings(String orderPrefix, Duration paymentExpiry, Optional<URI> notificationUrl, ShopZone shopZone) {
    }

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    /// Whether `phone` is acceptable as the customer's contact: empty (it is optional), or 8–15
    /// digits with an optional leading `+`; spaces and dashes are ignored.
    public static boolean isPhoneNumber(String phone) {
        return phone.isEmpty() || PHONE.matcher(phone.replace(" ", "").replace("-", "")).matches();
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int NUMBER_ATTEMPTS = 3;

    private final CatalogService catalog;
    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final SupplierAccountRepository accounts;
    private final Durability durability;
    private final ConsoleRun run;
    private final CashDrawer drawer;
    private final Clock clock;
    private volatile Settings settings;
    private final SecureRandom random = new SecureRandom();

    public Checkout(CatalogService catalog, OrderRepository orders, PaymentGateway gateway, SupplierAccountRepository accounts,
            Durability durability, ConsoleRun run, CashDrawer drawer, Clock clock, Settings settings) {
        this.catalog = catalog;
        this.orders = orders;
        this.gateway = gateway;
        this.accounts = accounts;
        this.durability = durability;
        this.run = run;
        this.drawer = drawer;
        this.clock = clock;
        this.settings = settings;
    }

    /// How long the next QR codes can be paid (`payment.expiry-minutes`, changed on the settings screen).
    public void changePaymentExpiry(Duration expiry) {
        Settings now = settings;
        settings = new Settings(now.orderPrefix(), expiry, now.notificationUrl(), now.shopZone());
    }

    /// A QRIS sale: the order and its QR, or why not. Talks to the gateway: never on the FX thread.
    public Result qris(Request request, Operator seller) {
        seller.require(Permission.SELL);
        Actor actor = seller.actor();
        Result checked = check(request, PaymentMethod.QRIS, Money.ZERO, seller);
        if (!(checked instanceof Result.Created created)) {
            return checked;
        }
        Order order = created.order();
        QrisCharge qr;
        try {
            // Durable before effect: the order must outlive a power cut before Midtrans hears of it,
            // or a QR could be paid for an order that no longer exists here.
            durability.forceToDisk();
            qr = chargeWithOneReplay(chargeRequest(order, settings));
        } catch (PaymentGatewayException e) {
            log.warn("QRIS charge for order {} failed ({}): {}", order.orderNumber(), e.kind(), e.getMessage());
            if (e.kind() == PaymentGatewayException.Kind.UNKNOWN_OUTCOME) {
                // Midtrans may hold a QR nobody was shown: released to ChargeRecovery, which asks
                // Midtrans by the order number at the next pass and closes or pays the order.
                orders.compareAndSetStatus(StatusChange.stay(order.id(), OrderStatus.PENDING, order.version(), actor,
                        "QRIS charge outcome unknown; Midtrans is asked about it by the next sync pass", clock.instant()));
            } else {
                orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, order.version(), OrderStatus.CANCELLED, actor,
                        "QRIS could not be created: " + e.kind(), clock.instant()));
            }
            return new Result.PaymentUnavailable(e.kind(), order.orderNumber().value());
        }
        boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, order.version(),
                OrderStatus.WAITING_PAYMENT, actor, "QRIS shown, valid until " + qr.expiresAt(), clock.instant())
                .withPaymentRequest(qr.qrString(), qr.expiresAt(), qr.transactionId()));
        if (!moved) {
            // A notification was faster than this thread (already paid or closed): report the order as it is now.
            log.info("Order {} changed while its QR was being created", order.orderNumber());
        }
        return new Result.Created(orders.findById(order.id()).orElseThrow());
    }

    /// The charge for `order`. The order number is also the idempotency key, so the same request
    /// sent again after an unknown outcome gets the first answer back instead of a second charge.
    static QrisChargeRequest chargeRequest(Order order, Settings config) {
        return new QrisChargeRequest(order.orderNumber().value(), order.amount(), order.sku(),
                order.game() + " " + order.productName(), config.paymentExpiry(), config.notificationUrl(), order.orderNumber().value());
    }

    /// The gateway replays its first successful answer for the same idempotency key, so one
    /// retry after an unknown outcome gets the QR back (it cannot be fetched any other way)
    /// without creating a second charge.
    private QrisCharge chargeWithOneReplay(QrisChargeRequest charge) throws PaymentGatewayException {
        try {
            return gateway.chargeQris(charge);
        } catch (PaymentGatewayException e) {
            if (e.kind() != PaymentGatewayException.Kind.UNKNOWN_OUTCOME) {
                throw e;
            }
            return gateway.chargeQris(charge);
        }
    }

    /// A cash sale: PAID at once when the cashier confirms what was handed over (at least the amount).
    public Result cash(Request request, Money received, Operator seller) {
        seller.require(Permission.SELL);
        Actor actor = seller.actor();
        Result checked = check(request, PaymentMethod.CASH, received, seller);
        if (!(checked instanceof Result.Created created)) {
            return checked;
        }
        Order order = created.order();
        orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, order.version(), OrderStatus.PAID, actor,
                "cash received " + received.rupiah() + ", change " + order.change().rupiah(), clock.instant()));
        return new Result.Created(orders.findById(order.id()).orElseThrow());
    }

    /// Validates, prices and stores the PENDING order (as [Result.Created]), or says why not.
    private Result check(Request request, PaymentMethod method, Money cashReceived, Operator seller) {
        Optional<PriceQuote> quote = catalog.quote(request.sku().strip());
        if (quote.isEmpty()) {
            return new Result.Invalid("sku", "UNKNOWN", request.sku());
        }
        List<TargetViolation> violations = quote.get().product().targetRequirement().validate(request.target());
        if (!violations.isEmpty()) {
            TargetViolation first = violations.getFirst();
            return new Result.Invalid(first.field().apiName(), first.problem().name(), first.detail());
        }
        if (!isPhoneNumber(request.phone())) {
            return new Result.Invalid("phone", "FORMAT", "");
        }
        if (!request.email().isEmpty() && !EMAIL.matcher(request.email()).matches()) {
            return new Result.Invalid("email", "FORMAT", "");
        }
        if (!quote.get().isSellable()) {
            return new Result.NotForSale(request.sku(), quote.get().block());
        }
        if (method == PaymentMethod.CASH && cashReceived.isLessThan(quote.get().sell())) {
            return new Result.Invalid("cashReceived", "LESS_THAN_AMOUNT", Long.toString(quote.get().sell().rupiah()));
        }
        // A sale belongs to the shift open on this console; cash needs one (it goes into its drawer).
        Optional<Long> shift = drawer.openShiftId();
        if (method == PaymentMethod.CASH && shift.isEmpty()) {
            return new Result.NoOpenShift();
        }
        var account = accounts.latest();
        if (account.isPresent() && account.get().account().balance().isLessThan(quote.get().buy())) {
            return new Result.SupplierBalanceTooLow(account.get().account().balance(), quote.get().buy());
        }
        Instant now = clock.instant();
        for (int attempt = 1;; attempt++) {
            var number = OrderNumber.generate(settings.orderPrefix(), now, settings.shopZone(), random);
            Order order = Order.create(number, quote.get().product(), request.target(), request.nickname(), quote.get().sell(),
                    quote.get().buy(), method, now).withCustomerContact(request.phone(), request.email()).withCashReceived(cashReceived)
                    .soldBy(seller.describe()).inShift(shift.orElse(null)).claimedBy(run.id()); // held by this run until charged or paid; recovered if it dies meanwhile
            try {
                return new Result.Created(orders.insert(order, "created"));
            } catch (DuplicateOrderNumberException e) {
                if (attempt >= NUMBER_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
