package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.persistence.HibernateOrderRepository;
import com.wmxtopup.counter.adapter.printing.EscPosReceiptPrinter;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.application.receipt.ShopInfo;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ZoneKind;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.support.CatalogFixture;
import com.wmxtopup.counter.support.PaymentFixture;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The counter's view models alone (no window), on the real catalog, supplier and gateway
/// simulators, with a same-thread task runner: validation as typed, the steps of a sale, and
/// the list of earlier sales with its receipt preview.
class SaleViewModelTest {

    private PaymentFixture payments;
    private CatalogFixture fixture;
    private MidtransSimulator midtrans;
    private MidtransClient gateway;
    private SaleViewModel sale;
    private HibernateOrderRepository orders;
    private Checkout checkout;
    private Receipts receipts;
    private java.nio.file.Path receiptsFolder;
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final AtomicInteger wakes = new AtomicInteger();

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        fixture = payments.catalog;
        midtrans = payments.midtrans;
        gateway = payments.gateway;
        orders = payments.orders;
        fixture.sync.run("test", ProgressListener.NONE);
        checkout = new Checkout(fixture.catalog, orders, gateway, fixture.accounts, fixture.database,
                com.wmxtopup.counter.support.TestConsoleRun.begun(fixture.database, Clock.systemUTC()), Clock.systemUTC(),
                () -> new Checkout.Settings("WMX", Duration.ofMinutes(15), Optional.empty(), com.wmxtopup.counter.domain.ShopZone.WIB));
        receiptsFolder = TestApp.newDataDirectory("sale-vm-receipts");
        receipts = new Receipts(new EscPosReceiptPrinter(), new ShopInfo("Toko Uji", "", "", com.wmxtopup.counter.domain.ShopZone.WIB), receiptsFolder, Optional.empty(), PaperWidth.MM_58);
        sale = newSaleViewModel();
        sale.load();
    }

    private SaleViewModel newSaleViewModel() {
        return new SaleViewModel(fixture.catalog, new NicknameLookup(fixture.supplier), checkout, new FindOrders(orders, Clock.systemUTC()), wakes::incrementAndGet,
                Optional.empty(), receipts, new PaymentCancellation(orders, gateway, new PaymentUpdates(orders, Clock.systemUTC())),
                tasks, new I18n(I18n.INDONESIAN), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    private void toTarget(String gameQuery, String itemQuery) {
        sale.gameFilterProperty().set(gameQuery);
        sale.chooseGame(sale.games().getFirst().name());
        sale.itemFilterProperty().set(itemQuery);
        sale.chooseItem(sale.firstAvailableItem().orElseThrow());
    }

    @Test
    void gameSearchMatchesWordStarts() {
        sale.gameFilterProperty().set("legends b");
        assertThat(sale.games()).extracting(SaleViewModel.GameTile::name).containsExactly("Mobile Legends B");
        sale.gameFilterProperty().set("fire");
        assertThat(sale.games()).extracting(SaleViewModel.GameTile::name).containsExactly("Free Fire", "Free Fire MAX");
        assertThat(sale.games()).allMatch(tile -> tile.items() > 0 && !tile.recent());
        sale.gameFilterProperty().set("");
        assertThat(sale.games()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void targetIsValidatedAsTypedWithoutNaggingAboutEmptyFields() {
        toTarget("legends b", "86");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.TARGET);
        assertThat(sale.zoneKindProperty().get()).isEqualTo(ZoneKind.ZONE);
        assertThat(sale.userIdErrorProperty().get()).isEmpty();

        sale.userIdProperty().set("12ab");
        assertThat(sale.userIdErrorProperty().get()).isEqualTo("Hanya angka.");
        sale.userIdProperty().set("1234");
        assertThat(sale.userIdErrorProperty().get()).isEqualTo("Panjangnya harus 5-12 karakter.");
        sale.userIdProperty().set("136216325");
        assertThat(sale.userIdErrorProperty().get()).isEmpty();
        assertThat(sale.zoneIdErrorProperty().get()).as("an empty zone is not an error yet").isEmpty();

        sale.confirmTarget(); // Enter with the zone missing
        assertThat(sale.zoneIdErrorProperty().get()).isEqualTo("Wajib diisi.");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.TARGET);

        sale.zoneIdProperty().set("2685");
        sale.confirmTarget();
        assertThat(sale.nicknameProperty().get()).isNotBlank();
        sale.confirmTarget();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
    }

    @Test
    void changingTheIdAfterTheNicknameCheckAsksForANewCheck() {
        toTarget("legends b", "86");
        sale.userIdProperty().set("136216325");
        sale.zoneIdProperty().set("2685");
        sale.confirmTarget();
        assertThat(sale.nicknameProperty().get()).isNotBlank();
        sale.userIdProperty().set("136216326");
        assertThat(sale.nicknameProperty().get()).isEmpty();
        sale.confirmTarget();
        assertThat(sale.stepProperty().get()).as("checked again, not yet on to payment").isEqualTo(SaleViewModel.Step.TARGET);
    }

    @Test
    void genshinAsksForAServer() {
        toTarget("genshin", "60");
        assertThat(sale.zoneKindProperty().get()).isEqualTo(ZoneKind.SERVER);
        assertThat(sale.servers()).contains("os_asia");
        sale.userIdProperty().set("812345678");
        sale.zoneIdProperty().set("asia");
        assertThat(sale.zoneIdErrorProperty().get()).startsWith("Pilih salah satu server: os_asia");
    }

    @Test
    void cashIsCheckedAsTypedAndPaysAtOnce() {
        toPayment();
        sale.useCash();
        sale.cashTextProperty().set("abc");
        assertThat(sale.cashErrorProperty().get()).startsWith("Isi jumlah uang");
        sale.cashTextProperty().set("10.000");
        assertThat(sale.cashErrorProperty().get()).startsWith("Uang kurang");
        sale.cashTextProperty().set("20.000");
        assertThat(sale.cashErrorProperty().get()).isEmpty();
        assertThat(sale.changeTextProperty().get()).isEqualTo("Kembalian Rp 4.700");

        sale.pay();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.orderProperty().get().status()).isEqualTo(OrderStatus.PAID);
        assertThat(wakes.get()).as("fulfilment woken at once").isEqualTo(1);
        assertThat(midtrans.transactions()).isEmpty();
    }

    @Test
    void escStepsBackAndUnavailableItemsSayWhy() {
        sale.gameFilterProperty().set("point blank");
        sale.chooseGame(sale.games().getFirst().name());
        var empty = sale.items().stream().filter(i -> !i.available()).findFirst().orElseThrow();
        sale.chooseItem(empty);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.ITEM);
        assertThat(sale.messageProperty().get()).startsWith("Item " + empty.name() + " tidak bisa dijual");
        sale.back();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
    }

    /// Game → item → ID → nickname → QRIS, on the view model alone.
    private void sellWithQris(String game, String item, String userId) {
        sellWithQris(game, item, userId, "");
    }

    private void sellWithQris(String game, String item, String userId, String zone) {
        toTarget(game, item);
        sale.userIdProperty().set(userId);
        sale.zoneIdProperty().set(zone);
        sale.confirmTarget();
        sale.confirmTarget();
        sale.pay();
        assertThat(sale.orderProperty().get()).as(sale.messageProperty().get()).isNotNull();
        assertThat(sale.orderProperty().get().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
    }

    @Test
    void recentlySoldGamesComeFirstOnTheGridAndAfterARestart() {
        assertThat(sale.games().getFirst().name()).isNotEqualTo("Free Fire MAX");
        sellWithQris("free fire max", "100 diamonds", "123456789");
        sale.parkWaiting();
        assertThat(sale.games().getFirst()).isEqualTo(new SaleViewModel.GameTile("Free Fire MAX",
                (int) fixture.catalog.priceList().stream().filter(q -> q.product().game().equals("Free Fire MAX")).count(), true));
        assertThat(sale.games().stream().skip(1)).noneMatch(SaleViewModel.GameTile::recent);

        sellWithQris("genshin", "60", "812345678", "os_asia");
        sale.parkWaiting();
        assertThat(sale.games()).extracting(SaleViewModel.GameTile::name).startsWith("Genshin Impact", "Free Fire MAX");

        // A console started later reads the order from the store.
        var later = newSaleViewModel();
        later.load();
        assertThat(later.games()).extracting(SaleViewModel.GameTile::name).startsWith("Genshin Impact", "Free Fire MAX");
        later.gameFilterProperty().set("fire");
        assertThat(later.games()).extracting(SaleViewModel.GameTile::name).containsExactly("Free Fire MAX", "Free Fire");
    }

    @Test
    void aParkedQrKeepsWaitingAndReopeningShowsTheSameQrWithoutANewCharge() {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var waiting = sale.orderProperty().get();
        sale.parkWaiting();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
        assertThat(sale.orderProperty().get()).isNull();
        assertThat(sale.messageProperty().get()).contains(waiting.orderNumber().value()).contains("F3");
        assertThat(orders.findById(waiting.id()).orElseThrow().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);

        sale.showRecent();
        sale.reopen(orders.findById(waiting.id()).orElseThrow());
        assertThat(sale.showingRecentProperty().get()).isFalse();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.orderProperty().get().qrString()).isEqualTo(waiting.qrString());
        assertThat(sale.remainingTextProperty().get()).startsWith("Sisa waktu bayar ");
        assertThat(midtrans.transactions()).as("no second charge").hasSize(1);
        assertThat(sale.selectedItemProperty().get().name()).isEqualTo(waiting.productName());
        assertThat(sale.userIdProperty().get()).isEqualTo("123456789");
        assertThat(sale.nicknameProperty().get()).isEqualTo(waiting.nickname());

        // Expired meanwhile: N makes a new QR for the same item and player.
        midtrans.expireNow(waiting.orderNumber().value());
        sale.cancelWaiting();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        sale.newQr();
        var second = sale.orderProperty().get();
        assertThat(second.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(second.id()).isNotEqualTo(waiting.id());
        assertThat(second.sku()).isEqualTo(waiting.sku());
        assertThat(second.target()).isEqualTo(waiting.target());
    }

    @Test
    void reopeningASaleInProgressFollowsItAndAFinishedOneShowsItsOutcomeWithoutPrintingAgain() throws Exception {
        var paid = sellWithCash();
        move(paid.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        sale.newSale();

        sale.reopen(orders.findById(paid.id()).orElseThrow());
        assertThat(sale.stepProperty().get()).as("followed while in progress").isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.methodProperty().get()).isEqualTo(SaleViewModel.Method.CASH);
        assertThat(sale.canCancel()).isFalse();
        assertThat(sale.statusTextProperty().get()).isEqualTo("Memesan ke VIP Reseller…");

        move(paid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(paid.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 1234-5678");
        sale.refreshOrder();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        assertThat(sale.receiptTextProperty().get()).as("finished on screen: the receipt is made").startsWith("Struk tersimpan: ");

        sale.newSale();
        sale.reopen(orders.findById(paid.id()).orElseThrow());
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        assertThat(sale.messageProperty().get()).isEqualTo("Top-up berhasil: SN 1234-5678. Enter untuk penjualan berikutnya.");
        assertThat(sale.receiptTextProperty().get()).as("reopened: printed only on F5").isEmpty();
        sale.reprintReceipt();
        assertThat(sale.receiptTextProperty().get()).startsWith("Struk tersimpan: ");
    }

    private void move(long id, OrderStatus from, OrderStatus to, String note) {
        var current = orders.findById(id).orElseThrow();
        var change = com.wmxtopup.counter.application.port.StatusChange.of(id, from, current.version(), to,
                com.wmxtopup.counter.domain.Actor.SYSTEM, "test", java.time.Instant.now());
        assertThat(orders.compareAndSetStatus(note.isEmpty() ? change : change.withNote(note))).isTrue();
    }

    @Test
    void recentSalesAreListedNewestFirstFilteredPreviewedAndReprintedWhenFinished() throws Exception {
        var recent = new RecentSalesViewModel(new FindOrders(orders, Clock.systemUTC()), receipts, new SameThreadTaskRunner(), new I18n(I18n.INDONESIAN), Clock.systemUTC(), com.wmxtopup.counter.domain.ShopZone.WIB);
        recent.refresh();
        assertThat(recent.rows()).isEmpty();
        assertThat(recent.emptyTextProperty().get()).isEqualTo("Belum ada penjualan.");
        assertThat(recent.previewProperty().get()).isEmpty();

        sellWithQris("free fire", "100 diamonds", "123456789");
        var unpaid = sale.orderProperty().get();
        sale.parkWaiting();
        sellWithQris("legends b", "86", "136216325", "2685");
        sale.parkWaiting();
        recent.refresh();
        assertThat(recent.rows()).extracting(RecentSalesViewModel.Row::number).startsWith(
                orders.findRecent(1).getFirst().orderNumber().value(), unpaid.orderNumber().value());
        assertThat(recent.rows().getFirst().time()).matches("\\d\\d:\\d\\d");
        assertThat(recent.rows().getFirst().status()).isEqualTo("Menunggu bayar");

        recent.filterProperty().set("12345678");
        assertThat(recent.rows()).extracting(RecentSalesViewModel.Row::number).containsExactly(unpaid.orderNumber().value());
        assertThat(recent.selectedOrder().orElseThrow().id()).isEqualTo(unpaid.id());
        // The preview is the 58 mm paper's lines: the order, its player and amount, at most 32 characters wide.
        String preview = recent.previewProperty().get();
        assertThat(preview).contains("Toko Uji", unpaid.orderNumber().value(), "123456789",
                String.format(java.util.Locale.GERMANY, "%,d", unpaid.amount().rupiah()));
        assertThat(preview.lines()).allMatch(line -> line.length() <= 32);
        recent.reprint();
        assertThat(recent.messageProperty().get()).isEqualTo("Struk hanya untuk pesanan yang sudah selesai (berhasil, gagal, atau dikembalikan).");

        move(unpaid.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        move(unpaid.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(unpaid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.FAILED, "Stok kosong");
        move(unpaid.id(), OrderStatus.FAILED, OrderStatus.REFUNDED, "Uang dikembalikan tunai");
        // The list still shows it waiting; F5 reads the order again and prints it as it is now.
        assertThat(recent.selectedOrder().orElseThrow().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        recent.reprint();
        assertThat(recent.messageProperty().get()).startsWith("Struk tersimpan: ").contains(unpaid.orderNumber().value() + ".pdf");
        var pdf = java.nio.file.Path.of(recent.messageProperty().get().substring("Struk tersimpan: ".length()).replaceFirst(" \\(F5.*$", ""));
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        recent.refresh();
        assertThat(recent.selectedOrder().orElseThrow().status()).as("the selection stays on the same order").isEqualTo(OrderStatus.REFUNDED);
        assertThat(recent.previewProperty().get()).contains("DIKEMBALIKAN");

        recent.filterProperty().set("no such order");
        assertThat(recent.rows()).isEmpty();
        assertThat(recent.selectedOrder()).isEmpty();
        assertThat(recent.emptyTextProperty().get()).isEqualTo("Tidak ada penjualan yang cocok.");
        assertThat(recent.previewProperty().get()).isEmpty();
    }

    /// Free Fire 100 Diamonds for player 123456789, paid in cash (Rp 20.000): the order is PAID.
    private com.wmxtopup.counter.domain.Order sellWithCash() {
        toPayment();
        sale.useCash();
        sale.cashTextProperty().set("20000");
        sale.pay();
        return sale.orderProperty().get();
    }

    /// Up to payment for Free Fire 100 Diamonds, player 123456789.
    private void toPayment() {
        toTarget("free fire", "100 diamonds");
        sale.userIdProperty().set("123456789");
        sale.confirmTarget();
        sale.confirmTarget();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
    }

    @Test
    void everyFailureAtPaymentIsOneSentenceSayingWhatToDoAndKeepsTheSale() {
        toPayment();
        String sku = sale.selectedItemProperty().get().quote().product().sku();

        // The supplier's balance (as last read) cannot cover the item.
        var snapshot = fixture.accounts.latest().orElseThrow();
        fixture.accounts.save(new com.wmxtopup.counter.application.port.SupplierAccount(snapshot.account().fullName(),
                snapshot.account().username(), com.wmxtopup.counter.domain.Money.rupiah(100), snapshot.account().level()), java.time.Instant.now());
        sale.pay();
        assertThat(sale.messageProperty().get()).isEqualTo("Saldo VIP Reseller tidak cukup — isi saldo di VIP Reseller lalu coba lagi.");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
        fixture.accounts.save(snapshot.account(), java.time.Instant.now());

        // The item went out of stock at the supplier between choosing it and paying.
        var item = fixture.simulator.catalogItem(sku).orElseThrow();
        fixture.simulator.putCatalogItem(new com.wmxtopup.counter.sandbox.vip.CatalogItem(item.code(), item.game(), item.name(),
                item.basicPrice(), item.premiumPrice(), item.specialPrice(), item.server(), false));
        fixture.sync.run("test", ProgressListener.NONE);
        sale.pay();
        assertThat(sale.messageProperty().get()).startsWith("Item 100 Diamonds tidak bisa dijual: ").endsWith(".");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
        fixture.simulator.putCatalogItem(item);
        fixture.sync.run("test", ProgressListener.NONE);

        // Midtrans cannot be reached: cash still works.
        midtrans.close();
        sale.pay();
        assertThat(sale.messageProperty().get()).isEqualTo("QRIS tidak bisa dibuat sekarang — coba lagi, atau terima tunai (F2).");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
        assertThat(orders.findRecent(10)).as("nothing half-made is left waiting").noneMatch(o -> o.status() == OrderStatus.WAITING_PAYMENT);
        sale.useCash();
        sale.cashTextProperty().set("20.000");
        sale.pay();
        assertThat(sale.orderProperty().get().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anUnreachableSupplierAtTheNicknameCheckIsSaidPlainly() {
        toTarget("free fire", "100 diamonds");
        sale.userIdProperty().set("123456789");
        fixture.simulator.close();
        sale.confirmTarget();
        // The catalog sync left a pooled connection to the supplier, now dead: the read is sent again
        // on a fresh one, which is refused — unreachable, not "no answer".
        assertThat(sale.nicknameErrorProperty().get()).isEqualTo("VIP Reseller tidak bisa dihubungi — periksa koneksi internet lalu coba lagi.");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.TARGET);
        assertThat(sale.userIdProperty().get()).as("nothing typed is lost").isEqualTo("123456789");
    }

    @Test
    void theOptionalWhatsappNumberIsCheckedAndKeptWithTheOrder() {
        toTarget("free fire", "100 diamonds");
        sale.userIdProperty().set("123456789");
        sale.phoneProperty().set("0812");
        assertThat(sale.phoneErrorProperty().get()).as("still typing").isEmpty();
        sale.phoneProperty().set("0812-34x");
        assertThat(sale.phoneErrorProperty().get()).startsWith("Nomor WhatsApp: 8–15 angka");
        sale.phoneProperty().set("0812");
        sale.confirmTarget();
        assertThat(sale.phoneErrorProperty().get()).startsWith("Nomor WhatsApp: 8–15 angka");
        assertThat(sale.nicknameProperty().get()).as("no lookup until the form is right").isEmpty();
        sale.phoneProperty().set("0812 3456 7890");
        assertThat(sale.phoneErrorProperty().get()).isEmpty();
        sale.confirmTarget();
        sale.confirmTarget();
        sale.pay();
        var order = sale.orderProperty().get();
        assertThat(orders.findById(order.id()).orElseThrow().customerPhone()).isEqualTo("0812 3456 7890");

        var recent = new RecentSalesViewModel(new FindOrders(orders, Clock.systemUTC()), receipts, new SameThreadTaskRunner(), new I18n(I18n.INDONESIAN), Clock.systemUTC(), com.wmxtopup.counter.domain.ShopZone.WIB);
        recent.refresh();
        recent.filterProperty().set("081234567890");
        assertThat(recent.rows()).extracting(r -> r.order().id()).containsExactly(order.id());
        sale.parkWaiting();
        sale.reopen(orders.findById(order.id()).orElseThrow());
        assertThat(sale.phoneProperty().get()).isEqualTo("0812 3456 7890");
    }

    @Test
    void anAnswerForASaleTheCashierHasLeftDoesNotComeBack() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var waiting = sale.orderProperty().get();
        tasks.hold();
        int before = tasks.started();
        sale.refreshOrder();          // the status read is still on its way …
        sale.refreshOrder();          // … and is not asked for twice
        assertThat(tasks.started()).isEqualTo(before + 1);
        midtrans.pay(waiting.orderNumber().value());
        move(waiting.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        move(waiting.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(waiting.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(waiting.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 1");
        sale.parkWaiting();           // … when the cashier serves the next customer
        tasks.release();

        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
        assertThat(sale.orderProperty().get()).isNull();
        assertThat(sale.receiptTextProperty().get()).as("no receipt printed for a sale not on screen").isEmpty();
        assertThat(receiptsFolder).isEmptyDirectory();
    }

    @Test
    void aQrPaidAfterItWasClosedIsFollowedAndNeverGetsASecondQr() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var first = sale.orderProperty().get();
        midtrans.expireNow(first.orderNumber().value());
        sale.cancelWaiting();
        assertThat(sale.orderProperty().get().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(sale.needsFollowing()).as("a late settlement may still pay it").isTrue();
        sale.reprintReceipt();
        assertThat(sale.receiptTextProperty().get()).as("no receipt for an unpaid QR").isEmpty();

        move(first.id(), OrderStatus.EXPIRED, OrderStatus.PAID, ""); // a verified settlement arrived late
        int charges = midtrans.transactions().size();
        sale.newQr();
        assertThat(midtrans.transactions()).as("no second QR for a paid order").hasSize(charges);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.messageProperty().get()).isEqualTo("Pembayaran masuk setelah QR ditutup — pesanan diproses sekarang. Jangan buat QR baru.");
        assertThat(sale.waitingHintProperty().get()).startsWith("F4: layani pelanggan berikutnya (pesanan tetap diproses)");

        sale.parkWaiting();
        assertThat(sale.messageProperty().get()).isEqualTo("Pesanan " + first.orderNumber().value()
                + " tetap diproses di latar belakang — F3 untuk melihatnya lagi.");
    }

    @Test
    void reopeningReadsTheOrderAgainAndShowsItsOwnGamesItems() throws Exception {
        sellWithQris("legends b", "86", "136216325", "2685");
        var mlOrder = sale.orderProperty().get();
        sale.parkWaiting();
        toTarget("genshin", "60");    // the next customer, another game
        sale.back();
        assertThat(sale.items()).allMatch(i -> i.quote().product().game().equals("Genshin Impact"));

        move(mlOrder.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        sale.reopenById(mlOrder.id());
        assertThat(sale.orderProperty().get().status()).as("read again, not the list's copy").isEqualTo(OrderStatus.PAID);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        sale.newSale();
        sale.reopenById(mlOrder.id());
        assertThat(sale.items()).isNotEmpty().allMatch(i -> i.quote().product().game().equals("Mobile Legends B"));

        sale.reopenById(-1);
        assertThat(sale.messageProperty().get()).isEqualTo("Pesanan itu tidak ditemukan lagi di database — muat ulang daftar dengan F3.");
    }

    @Test
    void aLateSettlementOnTheExpiredScreenIsShownAndItsReceiptHandedOver() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var first = sale.orderProperty().get();
        midtrans.expireNow(first.orderNumber().value());
        sale.cancelWaiting();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);

        move(first.id(), OrderStatus.EXPIRED, OrderStatus.PAID, "");
        sale.refreshOrder();
        assertThat(sale.stepProperty().get()).as("followed again").isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.messageProperty().get()).startsWith("Pembayaran masuk setelah QR ditutup");

        // Paid and fulfilled between two reads: still finished here, so the receipt is handed over.
        move(first.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(first.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(first.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 42");
        sale.refreshOrder();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        assertThat(sale.messageProperty().get()).isEqualTo("Top-up berhasil: SN 42. Enter untuk penjualan berikutnya.");
        assertThat(sale.receiptTextProperty().get()).startsWith("Struk tersimpan: ");
    }

    @Test
    void anExpiredQrPaidAndFinishedBeforeTheNextReadStillGetsItsReceipt() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var first = sale.orderProperty().get();
        midtrans.expireNow(first.orderNumber().value());
        sale.cancelWaiting();
        move(first.id(), OrderStatus.EXPIRED, OrderStatus.PAID, "");
        move(first.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(first.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.FAILED, "Stok habis");

        sale.refreshOrder();

        assertThat(sale.messageProperty().get()).startsWith("Top-up gagal: Stok habis.");
        assertThat(sale.receiptTextProperty().get()).startsWith("Struk tersimpan: ");
    }

    @Test
    void aStatusReadStartedBeforeACancelDoesNotPutTheWaitingQrBack() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        tasks.holdAnswers();
        sale.refreshOrder();           // reads WAITING_PAYMENT now; its answer comes later …
        tasks.release();
        assertThat(sale.orderProperty().get().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);

        tasks.holdAnswers();
        sale.refreshOrder();           // read: still waiting …
        sale.cancelWaiting();          // … the cancel lands first on screen
        tasks.releaseNewestFirst();
        assertThat(sale.orderProperty().get().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
    }

    @Test
    void aPrinterFailureAfterTheCashierMovedOnIsStillSaid() throws Exception {
        var brokenFolder = java.nio.file.Files.createTempFile("not-a-folder", ".txt");
        receipts = new Receipts(new EscPosReceiptPrinter(), new ShopInfo("Toko Uji", "", "", com.wmxtopup.counter.domain.ShopZone.WIB), brokenFolder, Optional.empty(), PaperWidth.MM_58);
        sale = newSaleViewModel();
        sale.load();
        var paid = sellWithCash();
        move(paid.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(paid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(paid.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "");
        tasks.hold();
        sale.refreshOrder();
        tasks.release();               // the order finishes; the receipt is being saved …
        assertThat(sale.receiptTextProperty().get()).startsWith("Struk PDF ");

        tasks.hold();
        sale.reprintReceipt();         // … again, and the cashier starts the next sale meanwhile
        sale.newSale();
        tasks.release();
        assertThat(sale.messageProperty().get()).startsWith("Struk pesanan " + paid.orderNumber().value() + ": Struk PDF ");
        assertThat(sale.receiptTextProperty().get()).isEmpty();
    }
}
