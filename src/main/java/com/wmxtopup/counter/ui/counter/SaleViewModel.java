package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.catalog.CatalogSearch;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.port.DemoCustomer;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.TargetRequirement;
import com.wmxtopup.counter.domain.TargetViolation;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.domain.ZoneKind;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// A walk-in sale, step by step: game → item → player ID (nickname checked) → payment → the
/// order followed to success or failure. Everything that talks to other systems runs through
/// the [TaskRunner]; the view only binds and forwards keys.
public final class SaleViewModel {

    /// Where the sale is.
    public enum Step {
        GAME,
        ITEM,
        TARGET,
        PAYMENT,
        WAITING,
        DONE
    }

    /// How the customer pays.
    public enum Method {
        QRIS,
        CASH
    }

    /// A game on the counter's grid: its name, how many items it has, and whether it was among
    /// the games sold last (those come first).
    public record GameTile(String name, int items, boolean recent) {
    }

    /// One item of the chosen game, formatted.
    public record ItemRow(PriceQuote quote, String name, String price, boolean available, String reason) {
    }

    private final CatalogService catalog;
    private final NicknameLookup nicknames;
    private final Checkout checkout;
    private final FindOrders orders;
    private final Runnable wakeFulfilment;
    private final Optional<DemoCustomer> demoCustomer;
    private final Receipts receipts;
    private final PaymentCancellation cancellation;
    private final ReadOnlyStringWrapper receiptText = new ReadOnlyStringWrapper("");
    private final TaskRunner tasks;
    private final I18n i18n;
    private final UpstreamErrors errors;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.GAME);
    private final StringProperty gameFilter = new SimpleStringProperty("");
    private final ObservableList<GameTile> games = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper showingRecent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper selectedGame = new ReadOnlyStringWrapper("");
    private final StringProperty itemFilter = new SimpleStringProperty("");
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ItemRow> selectedItem = new ReadOnlyObjectWrapper<>();
    private final StringProperty userId = new SimpleStringProperty("");
    private final StringProperty zoneId = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ZoneKind> zoneKind = new ReadOnlyObjectWrapper<>(ZoneKind.NONE);
    private final ObservableList<String> servers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper userIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoneIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkingNickname = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nickname = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nicknameError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.QRIS);
    private final StringProperty cashText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cashError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waitingHint = new ReadOnlyStringWrapper("");
    private final ReceiptMessages receiptMessages;
    /// Which sale background answers belong to: a new sale (or a reopened one) counts up, and an
    /// answer for an earlier one is dropped instead of pulling it back onto the screen.
    private long saleNumber;
    private boolean refreshing;

    // Enough to put a shop's everyday games in the first row or two of the grid.
    private static final int RECENT_GAMES = 8;
    private Map<String, List<PriceQuote>> byGame = Map.of();
    private List<String> recentGames = List.of();
    private boolean nicknameConfirmed;

    public SaleViewModel(CatalogService catalog, NicknameLookup nicknames, Checkout checkout, FindOrders orders,
                         Runnable wakeFulfilment, Optional<DemoCustomer> demoCustomer, Receipts receipts,
                         PaymentCancellation cancellation, TaskRunner tasks, I18n i18n, Clock clock) {
        this.receipts = receipts;
        this.cancellation = cancellation;
        this.catalog = catalog;
        this.nicknames = nicknames;
        this.checkout = checkout;
        this.orders = orders;
        this.wakeFulfilment = wakeFulfilment;
        this.demoCustomer = demoCustomer;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = new UpstreamErrors(i18n);
        this.receiptMessages = new ReceiptMessages(i18n);
        this.clock = clock;
        gameFilter.addListener((obs, old, now) -> filterGames());
        itemFilter.addListener((obs, old, now) -> filterItems());
        userId.addListener((obs, old, now) -> targetChanged());
        zoneId.addListener((obs, old, now) -> targetChanged());
        cashText.addListener((obs, old, now) -> validateCash());
        phone.addListener((obs, old, now) -> validatePhone(false));
        // The order's status in the language just chosen (a finished sale is no longer re-read).
        i18n.localeProperty().addListener((obs, old, now) -> {
            Order current = order.get();
            if (current != null) {
                showStatusTexts(current);
                tickCountdown();
            }
        });
    }

    // ---- catalog ----------------------------------------------------------------------------

    /// Reads the priced catalog in the background.
    public void load() {
        tasks.run("sale catalog", progress -> new CatalogAndRecent(catalog.priceList(), orders.gamesSoldLast(RECENT_GAMES)), loaded -> {
            var quotes = loaded.quotes();
            var grouped = new LinkedHashMap<String, List<PriceQuote>>();
            quotes.forEach(q -> grouped.computeIfAbsent(q.product().game(), g -> new ArrayList<>()).add(q));
            byGame = grouped;
            recentGames = loaded.recentGames();
            filterGames();
            if (quotes.isEmpty()) {
                message.set(i18n.text("sale.noCatalog"));
            } else if (message.get().equals(i18n.text("sale.noCatalog"))) {
                message.set("");
            }
        }, error -> message.set(i18n.text("catalog.loadFailed")));
    }

    private record CatalogAndRecent(List<PriceQuote> quotes, List<String> recentGames) {
    }

    /// Every typed word must start a word of the game's name: "ml b" and "mobile legends b" find
    /// "Mobile Legends B" and not "Mobile Legends A" (whose "mobile" merely contains a "b").
    /// Until the first catalog sync has landed (a fresh install starts with none), the view asks
    /// every few seconds; this reads again only while nothing is loaded.
    public void loadIfEmpty() {
        if (byGame.isEmpty()) {
            load();
        }
    }

    private void filterGames() {
        String query = CatalogSearch.normalize(gameFilter.get());
        List<String> words = query.isEmpty() ? List.of() : List.of(query.split(" "));
        var ordered = new java.util.LinkedHashSet<String>();
        recentGames.stream().filter(byGame::containsKey).forEach(ordered::add);
        ordered.addAll(byGame.keySet());
        games.setAll(ordered.stream().filter(game -> {
            List<String> gameWords = List.of(CatalogSearch.normalize(game).split(" "));
            return words.stream().allMatch(w -> gameWords.stream().anyMatch(g -> g.startsWith(w)));
        }).map(game -> new GameTile(game, byGame.get(game).size(), recentGames.contains(game))).toList());
    }

    /// A sale was made: its game goes to the front of the grid for the next sale.
    private void noteSold(String game) {
        var updated = new ArrayList<String>();
        updated.add(game);
        recentGames.stream().filter(g -> !g.equals(game)).limit(RECENT_GAMES - 1).forEach(updated::add);
        recentGames = List.copyOf(updated);
    }

    /// Picks a game (Enter on the game list picks the first match).
    public void chooseGame(String game) {
        if (game == null || !byGame.containsKey(game)) {
            return;
        }
        selectedGame.set(game);
        itemFilter.set("");
        filterItems();
        step.set(Step.ITEM);
    }

    private void filterItems() {
        List<PriceQuote> quotes = byGame.getOrDefault(selectedGame.get(), List.of());
        String query = itemFilter.get();
        var matching = new java.util.HashSet<>(new CatalogSearch(quotes).search(query));
        items.setAll(quotes.stream().filter(matching::contains).map(this::row).toList());
    }

    private ItemRow row(PriceQuote q) {
        String reason = q.isSellable() ? "" : i18n.text("catalog.status." + q.block().name().toLowerCase(Locale.ROOT));
        return new ItemRow(q, q.product().name(), RupiahFormat.format(q.sell()), q.isSellable(), reason);
    }

    /// Picks an item; unavailable ones say why and stay unpicked.
    public void chooseItem(ItemRow row) {
        if (row == null) {
            return;
        }
        if (!row.available()) {
            message.set(i18n.text("sale.itemUnavailable", row.name(), row.reason()));
            return;
        }
        selectedItem.set(row);
        TargetRequirement requirement = row.quote().product().targetRequirement();
        zoneKind.set(requirement.zoneKind());
        servers.setAll(requirement.servers());
        resetTarget();
        message.set("");
        step.set(Step.TARGET);
    }

    public Optional<ItemRow> firstAvailableItem() {
        return items.stream().filter(ItemRow::available).findFirst();
    }

    // ---- target and nickname ----------------------------------------------------------------

    private void resetTarget() {
        userId.set("");
        zoneId.set("");
        phone.set("");
        phoneError.set("");
        userIdError.set("");
        zoneIdError.set("");
        nickname.set("");
        nicknameError.set("");
        nicknameConfirmed = false;
    }

    private void targetChanged() {
        nickname.set("");
        nicknameError.set("");
        nicknameConfirmed = false;
        validateTarget(false);
    }

    /// Validates as typed; `strict` also reports empty fields (when the cashier tries to go on).
    private boolean validateTarget(boolean strict) {
        userIdError.set("");
        zoneIdError.set("");
        ItemRow item = selectedItem.get();
        if (item == null) {
            return false;
        }
        List<TargetViolation> violations = item.quote().product().targetRequirement().validate(target());
        for (TargetViolation v : violations) {
            boolean empty = v.problem() == TargetViolation.Problem.REQUIRED;
            if (empty && !strict) {
                continue;
            }
            String text = i18n.text("target.problem." + v.problem().name().toLowerCase(Locale.ROOT), v.detail());
            (v.field() == com.wmxtopup.counter.domain.TargetField.USER_ID ? userIdError : zoneIdError).set(text);
        }
        return violations.isEmpty();
    }

    private TopUpTarget target() {
        return new TopUpTarget(userId.get(), zoneId.get());
    }

    /// The optional WhatsApp number: as typed only a wrong character is flagged (a number being
    /// typed is short until it is done); `strict` (Enter) checks the whole number.
    private boolean validatePhone(boolean strict) {
        String typed = phone.get().strip();
        boolean valid = strict ? Checkout.isPhoneNumber(typed) : typed.matches("\\+?[0-9 -]*");
        phoneError.set(valid ? "" : i18n.text("sale.phone.invalid"));
        return valid;
    }

    /// Enter on the target step: first checks the nickname, then (once shown) goes on to payment.
    public void confirmTarget() {
        // `|`, not `||`: both fields say what is wrong at once.
        if (!validateTarget(true) | !validatePhone(true) || checkingNickname.get()) {
            return;
        }
        if (nicknameConfirmed) {
            step.set(Step.PAYMENT);
            validateCash();
            return;
        }
        checkingNickname.set(true);
        nicknameError.set("");
        var product = selectedItem.get().quote().product();
        var target = target();
        long forSale = saleNumber;
        tasks.run("nickname", progress -> new TargetCheck(nicknames.lookup(product, target), orders.recentSameSale(product.sku(), target)), found -> {
            checkingNickname.set(false);
            if (forSale != saleNumber || !target.equals(target())) {
                return; // the cashier typed on, or moved to another sale, meanwhile
            }
            nickname.set(found.nickname().map(n -> n.name() + (n.countryCode().isEmpty() ? "" : " (" + n.countryCode() + ")"))
                    .orElse(i18n.text("sale.noNicknameCheck")));
            nicknameConfirmed = true;
            // A warning, not a block: the customer may really buy the same item twice.
            message.set(found.sameSale().map(o -> i18n.text("sale.duplicateWarning",
                    Math.max(1, Duration.between(o.createdAt(), clock.instant()).toMinutes()), o.orderNumber().value())).orElse(""));
        }, error -> {
            checkingNickname.set(false);
            if (forSale != saleNumber) {
                return;
            }
            nicknameError.set(error instanceof SupplierException e && e.kind() == SupplierException.Kind.TARGET_NOT_FOUND
                    ? i18n.text("sale.nicknameNotFound") : errors.describe(error));
        });
    }

    private record TargetCheck(Optional<com.wmxtopup.counter.application.port.Nickname> nickname, Optional<Order> sameSale) {
    }

    // ---- payment ----------------------------------------------------------------------------

    public void useCash() {
        method.set(Method.CASH);
        validateCash();
    }

    public void useQris() {
        method.set(Method.QRIS);
        cashError.set("");
    }

    private Optional<Money> validateCash() {
        changeText.set("");
        cashError.set("");
        if (method.get() != Method.CASH || selectedItem.get() == null) {
            return Optional.empty();
        }
        String digits = cashText.get().replace(".", "").replace("Rp", "").strip();
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (!digits.matches("\\d{1,12}")) {
            cashError.set(i18n.text("sale.cash.notAmount"));
            return Optional.empty();
        }
        Money received = Money.rupiah(Long.parseLong(digits));
        Money price = selectedItem.get().quote().sell();
        if (received.isLessThan(price)) {
            cashError.set(i18n.text("sale.cash.tooLittle", RupiahFormat.format(price)));
            return Optional.empty();
        }
        changeText.set(i18n.text("sale.cash.change", RupiahFormat.format(received.minus(price))));
        return Optional.of(received);
    }

    /// Enter on the payment step: creates the order (QRIS shows the code; cash is paid at once).
    public void pay() {
        if (busy.get() || selectedItem.get() == null) {
            return;
        }
        var request = new Checkout.Request(selectedItem.get().quote().product().sku(), target(), nickname.get(), phone.get(), "");
        Optional<Money> cash = Optional.empty();
        if (method.get() == Method.CASH) {
            cash = validateCash();
            if (cash.isEmpty()) {
                if (cashError.get().isEmpty()) {
                    cashError.set(i18n.text("sale.cash.enterAmount"));
                }
                return;
            }
        }
        busy.set(true);
        message.set("");
        Optional<Money> received = cash;
        tasks.run("checkout", progress -> received.isPresent() ? checkout.cash(request, received.get(), Actor.CASHIER)
                : checkout.qris(request, Actor.CASHIER), this::checkedOut, error -> {
            busy.set(false);
            message.set(errors.describe(error));
        });
    }

    private void checkedOut(Checkout.Result result) {
        busy.set(false);
        switch (result) {
            case Checkout.Result.Created created -> {
                noteSold(created.order().game());
                showOrder(created.order());
                step.set(Step.WAITING);
                if (created.order().status() == OrderStatus.PAID) {
                    wakeFulfilment.run();
                }
            }
            case Checkout.Result.Invalid invalid -> message.set(i18n.text("sale.invalid", invalid.field()));
            case Checkout.Result.NotForSale notForSale -> message.set(i18n.text("sale.itemUnavailable", selectedItem.get().name(),
                    i18n.text("catalog.status." + notForSale.reason().name().toLowerCase(Locale.ROOT))));
            case Checkout.Result.SupplierBalanceTooLow low -> message.set(i18n.text("upstream.supplier.insufficient_balance"));
            case Checkout.Result.PaymentUnavailable unavailable -> message.set(i18n.text("sale.qrisUnavailable"));
        }
    }

    // ---- following the order ----------------------------------------------------------------

    /// Re-reads the order (the view calls this every second while a sale is open).
    public void refreshOrder() {
        Order current = order.get();
        if (!needsFollowing() || refreshing) {
            return;
        }
        refreshing = true;
        long forSale = saleNumber;
        tasks.run("order status", progress -> orders.byId(current.id()), found -> {
            refreshing = false;
            // A read started before a cancel or a new QR must not put the older state back.
            Order shown = order.get();
            found.filter(read -> forSale == saleNumber && shown != null && read.id() == shown.id() && read.version() >= shown.version())
                    .ifPresent(this::showOrder);
        }, error -> refreshing = false);
        tickCountdown();
    }

    /// Whether the order on screen can still change: while it waits or is fulfilled, and after an
    /// expired or cancelled QR too (a settlement that arrives late still pays it).
    public boolean needsFollowing() {
        Order current = order.get();
        if (current == null) {
            return false;
        }
        return step.get() == Step.WAITING || current.status() == OrderStatus.EXPIRED || current.status() == OrderStatus.CANCELLED;
    }

    /// Updates the QR countdown (called every second by the view).
    public void tickCountdown() {
        Order current = order.get();
        if (current == null || current.paymentExpiresAt() == null || current.status() != OrderStatus.WAITING_PAYMENT) {
            remainingText.set("");
            return;
        }
        Duration left = Duration.between(clock.instant(), current.paymentExpiresAt());
        remainingText.set(left.isNegative() ? i18n.text("sale.qrExpiring")
                : i18n.text("sale.qrRemaining", String.format("%d:%02d", left.toMinutes(), left.toSecondsPart())));
    }

    private void showOrder(Order updated) {
        showOrder(updated, true);
    }

    /// Shows the order as it now is. `handsOverReceipt`: a sale that finishes here gets its
    /// receipt (not when an already finished sale is merely opened again).
    private void showOrder(Order updated, boolean handsOverReceipt) {
        Order before = order.get();
        boolean sameOrder = before != null && before.id() == updated.id();
        boolean finishedBefore = sameOrder && isFinished(before.status());
        boolean finishing = handsOverReceipt && !finishedBefore && isFinished(updated.status());
        // An expired or cancelled QR that a settlement paid after all (arriving late).
        boolean paidAfterClosing = sameOrder && (before.status() == OrderStatus.EXPIRED || before.status() == OrderStatus.CANCELLED)
                && updated.status() != OrderStatus.EXPIRED && updated.status() != OrderStatus.CANCELLED;
        // The status text first: whoever sees the new order (the view, the customer display) sees its status too.
        showStatusTexts(updated);
        order.set(updated);
        if (finishing) {
            saveReceipt(updated);
        }
        switch (updated.status()) {
            case SUCCESS -> {
                step.set(Step.DONE);
                message.set(updated.note().isEmpty() ? i18n.text("sale.done.success")
                        : i18n.text("sale.done.successWithNote", updated.note()));
            }
            case FAILED -> {
                step.set(Step.DONE);
                message.set(i18n.text("sale.done.failed", updated.note()));
            }
            case EXPIRED, CANCELLED -> {
                step.set(Step.DONE);
                message.set(i18n.text("sale.done.unpaid"));
            }
            case REFUNDED -> {
                step.set(Step.DONE);
                message.set(i18n.text("sale.reopen.refunded", updated.note()));
            }
            case NEEDS_CHECK -> message.set(i18n.text("sale.needsCheck"));
            case PENDING, WAITING_PAYMENT, PAID, SUPPLIER_REQUESTING, PROCESSING -> { }
        }
        if (paidAfterClosing && !isFinished(updated.status())) {
            step.set(Step.WAITING); // followed again until the supplier answers
            if (updated.status() != OrderStatus.NEEDS_CHECK) {
                message.set(i18n.text("sale.latePayment"));
            }
        }
        tickCountdown();
    }

    private void showStatusTexts(Order shown) {
        statusText.set(i18n.text("sale.status." + shown.status().name().toLowerCase(Locale.ROOT)));
        waitingHint.set(i18n.text(shown.status() == OrderStatus.WAITING_PAYMENT ? "sale.waitingHint" : "sale.waitingHint.inProgress"));
    }

    private static boolean isFinished(OrderStatus status) {
        return status == OrderStatus.SUCCESS || status == OrderStatus.FAILED || status == OrderStatus.REFUNDED;
    }

    /// Esc while the QR waits (after the view asked for confirmation): cancels it at the gateway.
    public void cancelWaiting() {
        Order current = order.get();
        if (current == null || current.status() != OrderStatus.WAITING_PAYMENT) {
            return;
        }
        if (busy.get()) {
            message.set(i18n.text("sale.busy"));
            return;
        }
        busy.set(true);
        long forSale = saleNumber;
        tasks.run("cancel payment", progress -> cancellation.cancel(current), updated -> {
            busy.set(false);
            if (forSale == saleNumber) {
                showOrder(updated);
            }
        }, error -> {
            busy.set(false);
            if (forSale == saleNumber) {
                message.set(i18n.text("sale.cancelFailed"));
            }
        });
    }

    /// After an expired or cancelled QR: the same sale with a new QR.
    public void newQr() {
        Order closed = order.get();
        if (closed == null || (closed.status() != OrderStatus.EXPIRED && closed.status() != OrderStatus.CANCELLED) || busy.get()) {
            return;
        }
        if (selectedItem.get() == null) {
            message.set(i18n.text("sale.reopen.itemGone", closed.productName()));
            return;
        }
        // Read it again first: a settlement that arrived late has paid it, and a new QR would
        // have the customer pay twice.
        busy.set(true);
        long forSale = saleNumber;
        tasks.run("order before a new QR", progress -> orders.byId(closed.id()), found -> {
            busy.set(false);
            if (forSale != saleNumber) {
                return;
            }
            Order now = found.orElse(closed);
            if (now.status() != OrderStatus.EXPIRED && now.status() != OrderStatus.CANCELLED) {
                showOrder(now);
                return;
            }
            method.set(Method.QRIS);
            order.set(null);
            receiptText.set("");
            step.set(Step.PAYMENT);
            pay();
        }, error -> {
            busy.set(false);
            if (forSale == saleNumber) {
                message.set(errors.describe(error));
            }
        });
    }

    public boolean canCancel() {
        return order.get() != null && order.get().status() == OrderStatus.WAITING_PAYMENT;
    }

    /// Keeps the receipt as a PDF in the data folder, and prints it when a thermal printer is set.
    private void saveReceipt(Order finished) {
        long forSale = saleNumber;
        tasks.run("receipt", progress -> receipts.saveAndPrint(finished), handed -> {
            if (forSale == saleNumber) {
                receiptText.set(receiptMessages.handed(handed));
            }
        }, error -> {
            if (forSale == saleNumber) {
                receiptText.set(receiptMessages.failed(error));
            } else {
                // The cashier is on the next sale already: an empty printer must still be noticed.
                message.set(i18n.text("sale.receipt.failedFor", finished.orderNumber().value(), receiptMessages.failed(error)));
            }
        });
    }

    /// F5: prints the finished sale's receipt again (only a sale a receipt is handed over for).
    public void reprintReceipt() {
        Order finished = order.get();
        if (finished != null && step.get() == Step.DONE && Receipts.isFinished(finished)) {
            saveReceipt(finished);
        }
    }

    public ReadOnlyStringProperty receiptTextProperty() {
        return receiptText.getReadOnlyProperty();
    }

    // ---- earlier sales -----------------------------------------------------------------------

    /// F3: the list of earlier sales over the current step (which stays as it is underneath).
    public void showRecent() {
        showingRecent.set(true);
    }

    /// Esc on the list: back to the step the cashier left.
    public void hideRecent() {
        showingRecent.set(false);
    }

    /// F4 while a QR waits: the next customer is served and this order stays open (paid or
    /// expired in the background like any other); F3 finds it again.
    public void parkWaiting() {
        Order waiting = order.get();
        if (waiting == null || step.get() != Step.WAITING) {
            return;
        }
        if (busy.get()) {
            message.set(i18n.text("sale.busy"));
            return;
        }
        newSale();
        message.set(parkedMessage(waiting));
    }

    private String parkedMessage(Order left) {
        return i18n.text(left.status() == OrderStatus.WAITING_PAYMENT ? "sale.parked" : "sale.parkedInProgress", left.orderNumber().value());
    }

    /// Enter on the list: reads the order again (the list may be a minute old) and opens it.
    public void reopenById(long orderId) {
        showingRecent.set(false); // what happens next (or why not) is said on the sale screen
        if (busy.get()) {
            message.set(i18n.text("sale.busy"));
            return;
        }
        busy.set(true);
        tasks.run("reopen order", progress -> orders.byId(orderId), found -> {
            busy.set(false);
            if (found.isEmpty()) {
                message.set(i18n.text("sale.reopen.gone"));
                return;
            }
            reopen(found.get());
        }, error -> {
            busy.set(false);
            message.set(errors.describe(error));
        });
    }

    /// Opens an earlier order as the current sale: an unpaid one shows its stored QR again (no
    /// new charge), one in progress is followed, a finished one shows its outcome (F5 prints
    /// its receipt). Game, item and player are restored, so N can make a new QR after expiry.
    public void reopen(Order earlier) {
        showingRecent.set(false);
        if (earlier == null) {
            return;
        }
        if (busy.get()) {
            message.set(i18n.text("sale.busy"));
            return;
        }
        Order left = order.get();
        boolean leftOpen = left != null && left.id() != earlier.id() && step.get() == Step.WAITING;
        newSale();
        selectedGame.set(earlier.game());
        filterItems();
        List<PriceQuote> quotes = byGame.getOrDefault(earlier.game(), List.of());
        quotes.stream().filter(q -> q.product().sku().equals(earlier.sku())).findFirst().map(this::row).ifPresent(row -> {
            selectedItem.set(row);
            zoneKind.set(row.quote().product().targetRequirement().zoneKind());
            servers.setAll(row.quote().product().targetRequirement().servers());
        });
        userId.set(earlier.target().userId());
        zoneId.set(earlier.target().zoneId());
        nickname.set(earlier.nickname());
        phone.set(earlier.customerPhone());
        nicknameConfirmed = true;
        method.set(earlier.cashReceived().rupiah() > 0 ? Method.CASH : Method.QRIS);
        boolean closed = Receipts.isFinished(earlier) || earlier.status() == OrderStatus.EXPIRED
                || earlier.status() == OrderStatus.CANCELLED;
        // DONE first: reopening a finished order must not print its receipt again by itself.
        step.set(closed ? Step.DONE : Step.WAITING);
        showOrder(earlier, false);
        if (leftOpen && message.get().isEmpty()) {
            message.set(parkedMessage(left)); // the sale on screen before goes on; say so
        }
    }

    public ReadOnlyBooleanProperty showingRecentProperty() {
        return showingRecent.getReadOnlyProperty();
    }

    /// Demo mode: the customer pays the QR on screen.
    public void customerPaysDemo() {
        demoCustomer.ifPresent(customer -> tasks.run("demo payment", progress -> customer.payNewestWaitingOrder(),
                paid -> { }, error -> message.set(i18n.text("demo.failed"))));
    }

    public boolean isDemo() {
        return demoCustomer.isPresent();
    }

    // ---- navigation -------------------------------------------------------------------------

    /// Esc: one step back (never away from an order in progress).
    public void back() {
        switch (step.get()) {
            case ITEM -> step.set(Step.GAME);
            case TARGET -> step.set(Step.ITEM);
            case PAYMENT -> step.set(Step.TARGET);
            default -> { }
        }
        message.set("");
    }

    /// Enter after a finished sale: start the next one.
    public void newSale() {
        saleNumber++;
        showingRecent.set(false);
        order.set(null);
        selectedItem.set(null);
        selectedGame.set("");
        gameFilter.set("");
        itemFilter.set("");
        resetTarget();
        cashText.set("");
        method.set(Method.QRIS);
        statusText.set("");
        remainingText.set("");
        receiptText.set("");
        message.set("");
        step.set(Step.GAME);
        filterGames();
    }

    // ---- properties -------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty gameFilterProperty() {
        return gameFilter;
    }

    public ObservableList<GameTile> games() {
        return games;
    }

    public ReadOnlyStringProperty selectedGameProperty() {
        return selectedGame.getReadOnlyProperty();
    }

    public StringProperty itemFilterProperty() {
        return itemFilter;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ReadOnlyObjectProperty<ItemRow> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public StringProperty userIdProperty() {
        return userId;
    }

    public StringProperty zoneIdProperty() {
        return zoneId;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZoneKind> zoneKindProperty() {
        return zoneKind.getReadOnlyProperty();
    }

    public ObservableList<String> servers() {
        return servers;
    }

    public ReadOnlyStringProperty userIdErrorProperty() {
        return userIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoneIdErrorProperty() {
        return zoneIdError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingNicknameProperty() {
        return checkingNickname.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nicknameProperty() {
        return nickname.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nicknameErrorProperty() {
        return nicknameError.getReadOnlyProperty();
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public StringProperty cashTextProperty() {
        return cashText;
    }

    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cashErrorProperty() {
        return cashError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
    }

    /// What the keys do while the order on screen is followed (a waiting QR can be cancelled).
    public ReadOnlyStringProperty waitingHintProperty() {
        return waitingHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
