package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.printing.EscPosReceiptPrinter;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.order.OrderEvents;
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
import com.wmxtopup.counter.ui.common.FxOrderEvents;
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
    private final com.wmxtopup.counter.support.TestDrawer drawer = com.wmxtopup.counter.support.TestDrawer.open(1);
    private CatalogFixture fixture;
    private MidtransSimulator midtrans;
    private MidtransClient gateway;
    private SaleViewModel sale;
    private JdbcOrderRepository orders;
    private Checkout checkout;
    private com.wmxtopup.counter.application.order.FollowShownOrder follow;
    private Receipts receipts;
    private java.nio.file.Path receiptsFolder;
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final AtomicInteger wakes = new AtomicInteger();
    // Order events handed over at once (the FX-thread hop is FxOrderEvents' own test's business).
    private final OrderEvents orderEvents = new OrderEvents();
    private final FxOrderEvents events = new FxOrderEvents(orderEvents, Runnable::run);

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        fixture = payments.catalog;
        midtrans = payments.midtrans;
        gateway = payments.gateway;
        orders = payments.orders;
        fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        checkout = new Checkout(fixture.catalog, orders, gateway, fixture.accounts, fixture.database,
                com.wmxtopup.counter.support.TestConsoleRun.begun(fixture.database, Clock.systemUTC()), drawer, Clock.systemUTC(),
                new Checkout.Settings("WMX", Duration.ofMinutes(15), Optional.empty(), com.wmxtopup.counter.domain.ShopZone.WIB));
        var fulfilment = new com.wmxtopup.counter.application.order.Fulfilment(orders, fixture.supplier, fixture.database,
                com.wmxtopup.counter.support.TestConsoleRun.begun(fixture.database, Clock.systemUTC()), Clock.systemUTC(),
                com.wmxtopup.counter.application.order.Fulfilment.Settings.defaults());
        follow = new com.wmxtopup.counter.application.order.FollowShownOrder(orders, gateway, new PaymentUpdates(orders, Clock.systemUTC()),
                fixture.supplier, fulfilment, Clock.systemUTC(),
                com.wmxtopup.counter.application.order.FollowShownOrder.Settings.defaults());
        receiptsFolder = TestApp.newDataDirectory("sale-vm-receipts");
        receipts = new Receipts(new EscPosReceiptPrinter(), new ShopInfo("Toko Uji", "", "", com.wmxtopup.counter.domain.ShopZone.WIB),
                receiptsFolder, Optional.empty(), PaperWidth.MM_58);
        sale = newSaleViewModel();
        sale.load();
    }

    private SaleViewModel newSaleViewModel() {
        return newSaleViewModel(new I18n(I18n.INDONESIAN));
    }

    private SaleViewModel newSaleViewModel(I18n i18n) {
        return new SaleViewModel(fixture.catalog, new NicknameLookup(fixture.supplier), checkout, new FindOrders(orders, Clock.systemUTC()),
                follow,
                wakes::incrementAndGet,
                Optional.empty(), receipts, new PaymentCancellation(orders, gateway, new PaymentUpdates(orders, Clock.systemUTC())),
                events, new com.wmxtopup.counter.ui.common.CurrentOperator(com.wmxtopup.counter.support.TestOperators.CASHIER), tasks, i18n,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    private void toTarget(String gameQuery, String itemQuery) {
        sale.game().filterProperty().set(gameQuery);
        sale.chooseGame(sale.game().games().getFirst().name());
        sale.item().filterProperty().set(itemQuery);
        sale.chooseItem(sale.item().firstAvailableItem().orElseThrow());
    }

    @Test
    void aLiveCounterDoesNotOfferTheDemoCustomersKey() {
        // This view model has no demo customer (live mode): F9 is not in the keys line.
        assertThat(newSaleViewModel().legendKey()).isEqualTo("sale.legend");
        assertThat(new I18n(I18n.INDONESIAN).text("sale.legend")).doesNotContain("F9");
        assertThat(new I18n(I18n.INDONESIAN).text("sale.legend.demo")).contains("F9");
    }

    @Test
    void gameSearchMatchesWordStarts() {
        sale.game().filterProperty().set("legends b");
        assertThat(sale.game().games()).extracting(GameStepViewModel.GameTile::name).containsExactly("Mobile Legends B");
        sale.game().filterProperty().set("fire");
        assertThat(sale.game().games()).extracting(GameStepViewModel.GameTile::name).containsExactly("Free Fire", "Free Fire MAX");
        assertThat(sale.game().games()).allMatch(tile -> tile.items() > 0 && !tile.recent());
        sale.game().filterProperty().set("");
        assertThat(sale.game().games()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void gameSearchFindsWhatCashiersTypeAndSaysWhenNothingFits() {
        sale.game().filterProperty().set("ml b");
        assertThat(sale.game().games()).extracting(GameStepViewModel.GameTile::name).containsExactly("Mobile Legends B");
        assertThat(sale.game().games().getFirst().distinction()).isEqualTo("Jalur supplier B");
        sale.game().filterProperty().set("hok");
        assertThat(sale.game().games()).extracting(GameStepViewModel.GameTile::name).containsExactly("Honor of Kings");
        sale.game().filterProperty().set("ml");
        assertThat(sale.game().games()).extracting(GameStepViewModel.GameTile::name)
                .containsExactlyInAnyOrder("Mobile Legends A", "Mobile Legends B", "Mobile Legends (Global)");
        assertThat(sale.game().noMatchProperty().get()).isEmpty();

        sale.game().filterProperty().set("zzz");
        assertThat(sale.game().games()).isEmpty();
        assertThat(sale.game().noMatchProperty().get()).startsWith("Game \"zzz\" tidak ditemukan").contains("ml, ff, hok");
    }

    @Test
    void targetIsValidatedAsTypedWithoutNaggingAboutEmptyFields() {
        toTarget("legends b", "86");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.TARGET);
        assertThat(sale.player().zoneKindProperty().get()).isEqualTo(ZoneKind.ZONE);
        assertThat(sale.player().userIdErrorProperty().get()).isEmpty();

        sale.player().userIdProperty().set("12ab");
        assertThat(sale.player().userIdErrorProperty().get()).isEqualTo("Hanya angka.");
        sale.player().userIdProperty().set("1234");
        assertThat(sale.player().userIdErrorProperty().get()).isEqualTo("Panjangnya harus 5-12 karakter.");
        sale.player().userIdProperty().set("136216325");
        assertThat(sale.player().userIdErrorProperty().get()).isEmpty();
        assertThat(sale.player().zoneIdErrorProperty().get()).as("an empty zone is not an error yet").isEmpty();

        sale.confirmTarget(); // Enter with the zone missing
        assertThat(sale.player().zoneIdErrorProperty().get()).isEqualTo("Wajib diisi.");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.TARGET);

        sale.player().zoneIdProperty().set("2685");
        sale.confirmTarget();
        assertThat(sale.player().nicknameCheck().nicknameProperty().get()).isNotBlank();
        sale.confirmTarget();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
    }

    @Test
    void changingTheIdAfterTheNicknameCheckAsksForANewCheck() {
        toTarget("legends b", "86");
        sale.player().userIdProperty().set("136216325");
        sale.player().zoneIdProperty().set("2685");
        sale.confirmTarget();
        assertThat(sale.player().nicknameCheck().nicknameProperty().get()).isNotBlank();
        sale.player().userIdProperty().set("136216326");
        assertThat(sale.player().nicknameCheck().nicknameProperty().get()).isEmpty();
        sale.confirmTarget();
        assertThat(sale.stepProperty().get()).as("checked again, not yet on to payment").isEqualTo(SaleViewModel.Step.TARGET);
    }

    @Test
    void genshinAsksForAServer() {
        toTarget("genshin", "60");
        assertThat(sale.player().zoneKindProperty().get()).isEqualTo(ZoneKind.SERVER);
        sale.player().userIdProperty().set("812345678");
        sale.player().zoneIdProperty().set("asia");
        assertThat(sale.player().zoneIdErrorProperty().get()).startsWith("Pilih salah satu server: os_asia");
    }

    /// Issue 12, item 9: the servers showed as supplier codes (`os_asia`) with none chosen.
    @Test
    void genshinServersHaveNamesAndAsiaIsChosenFirst() {
        var i18n = new I18n(I18n.INDONESIAN);
        sale = newSaleViewModel(i18n);
        sale.load();
        toTarget("genshin", "60");
        var player = sale.player();
        assertThat(player.servers()).extracting(ServerChoice.Server::name).containsExactly("Asia", "Amerika", "Eropa", "TW, HK, MO");
        assertThat(player.serverProperty().get().name()).as("the usual server at an Indonesian counter").isEqualTo("Asia");
        assertThat(player.zoneIdProperty().get()).isEqualTo("os_asia");

        player.serverProperty().set(player.servers().get(2));
        assertThat(player.zoneIdProperty().get()).isEqualTo("os_euro");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(player.servers()).extracting(ServerChoice.Server::name).containsExactly("Asia", "America", "Europe",
                "TW, HK, MO");
        assertThat(player.serverProperty().get().name()).as("the choice stays over a language switch").isEqualTo("Europe");
        assertThat(player.zoneIdProperty().get()).isEqualTo("os_euro");

        sale.back(); // to the item, and the same game again: a new player, Asia again
        sale.chooseItem(sale.item().firstAvailableItem().orElseThrow());
        assertThat(player.zoneIdProperty().get()).isEqualTo("os_asia");
        sale.newSale();
        assertThat(player.servers()).isEmpty();
        assertThat(player.serverProperty().get()).isNull();
        assertThat(player.zoneIdProperty().get()).isEmpty();
    }

    @Test
    void cashWithoutAnOpenShiftSaysWhereToOpenOneAndStaysOnThePayment() {
        drawer.close();
        toPayment();
        sale.payment().useCash();
        sale.payment().cashTextProperty().set("20.000");

        sale.pay();

        assertThat(sale.messageProperty().get()).startsWith("Belum ada shift terbuka di konsol ini: buka shift di menu Kas dulu");
        assertThat(sale.stepProperty().get()).isNotEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.status().orderProperty().get()).isNull();
    }

    @Test
    void cashIsCheckedAsTypedAndPaysAtOnce() {
        toPayment();
        sale.payment().useCash();
        sale.payment().cashTextProperty().set("abc");
        assertThat(sale.payment().cashErrorProperty().get()).startsWith("Isi jumlah uang");
        sale.payment().cashTextProperty().set("10.000");
        assertThat(sale.payment().cashErrorProperty().get()).startsWith("Uang kurang");
        sale.payment().cashTextProperty().set("20.000");
        assertThat(sale.payment().cashErrorProperty().get()).isEmpty();
        assertThat(sale.payment().changeTextProperty().get()).isEqualTo("Kembalian Rp 4.700");

        sale.pay();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.PAID);
        assertThat(wakes.get()).as("fulfilment woken at once").isEqualTo(1);
        assertThat(midtrans.transactions()).isEmpty();
    }

    @Test
    void escStepsBackAndUnavailableItemsSayWhy() {
        sale.game().filterProperty().set("point blank");
        sale.chooseGame(sale.game().games().getFirst().name());
        var empty = sale.item().items().stream().filter(i -> !i.available()).findFirst().orElseThrow();
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
        sale.player().userIdProperty().set(userId);
        sale.player().zoneIdProperty().set(zone);
        sale.confirmTarget();
        sale.confirmTarget();
        sale.pay();
        assertThat(sale.status().orderProperty().get()).as(sale.messageProperty().get()).isNotNull();
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
    }

    @Test
    void recentlySoldGamesComeFirstOnTheGridAndAfterARestart() {
        assertThat(sale.game().games().getFirst().name()).isNotEqualTo("Free Fire MAX");
        sellWithQris("free fire max", "100 diamonds", "123456789");
        sale.earlier().parkWaiting();
        assertThat(sale.game().games().getFirst()).isEqualTo(new GameStepViewModel.GameTile("Free Fire MAX",
                (int) fixture.catalog.priceList().stream().filter(q -> q.product().game().equals("Free Fire MAX")).count(), true, ""));
        assertThat(sale.game().games().stream().skip(1)).noneMatch(GameStepViewModel.GameTile::recent);

        sellWithQris("genshin", "60", "812345678", "os_asia");
        sale.earlier().parkWaiting();
        assertThat(sale.game().games()).extracting(GameStepViewModel.GameTile::name).startsWith("Genshin Impact", "Free Fire MAX");

        // A console started later reads the order from the store.
        var later = newSaleViewModel();
        later.load();
        assertThat(later.game().games()).extracting(GameStepViewModel.GameTile::name).startsWith("Genshin Impact", "Free Fire MAX");
        later.game().filterProperty().set("fire");
        assertThat(later.game().games()).extracting(GameStepViewModel.GameTile::name).containsExactly("Free Fire MAX", "Free Fire");
    }

    @Test
    void aParkedQrKeepsWaitingAndReopeningShowsTheSameQrWithoutANewCharge() {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var waiting = sale.status().orderProperty().get();
        sale.earlier().parkWaiting();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
        assertThat(sale.status().orderProperty().get()).isNull();
        assertThat(sale.messageProperty().get()).contains(waiting.orderNumber().value()).contains("F3");
        assertThat(orders.findById(waiting.id()).orElseThrow().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);

        sale.earlier().showRecent();
        sale.earlier().reopen(orders.findById(waiting.id()).orElseThrow());
        assertThat(sale.earlier().showingRecentProperty().get()).isFalse();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.status().orderProperty().get().qrString()).isEqualTo(waiting.qrString());
        assertThat(sale.status().remainingTextProperty().get()).startsWith("Sisa waktu bayar ");
        assertThat(midtrans.transactions()).as("no second charge").hasSize(1);
        assertThat(sale.item().selectedProperty().get().name()).isEqualTo(waiting.productName());
        assertThat(sale.player().userIdProperty().get()).isEqualTo("123456789");
        assertThat(sale.player().nicknameCheck().nicknameProperty().get()).isEqualTo(waiting.nickname());

        // Expired meanwhile: N makes a new QR for the same item and player.
        midtrans.expireNow(waiting.orderNumber().value());
        sale.status().cancelWaiting();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        sale.newQr();
        var second = sale.status().orderProperty().get();
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

        sale.earlier().reopen(orders.findById(paid.id()).orElseThrow());
        assertThat(sale.stepProperty().get()).as("followed while in progress").isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.payment().methodProperty().get()).isEqualTo(PaymentStepViewModel.Method.CASH);
        assertThat(sale.status().canCancel()).isFalse();
        assertThat(sale.status().texts().statusProperty().get()).isEqualTo("Memesan ke VIP Reseller…");

        move(paid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(paid.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 1234-5678");
        sale.status().refresh();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        assertThat(sale.status().receiptTextProperty().get()).as("finished on screen: the receipt is made").startsWith("Struk disimpan");

        sale.newSale();
        sale.earlier().reopen(orders.findById(paid.id()).orElseThrow());
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        assertThat(sale.messageProperty().get()).isEqualTo("Top-up berhasil: SN 1234-5678. Enter untuk penjualan berikutnya.");
        assertThat(sale.status().receiptTextProperty().get()).as("reopened: printed only on F5").isEmpty();
        sale.status().reprintReceipt();
        assertThat(sale.status().receiptTextProperty().get()).startsWith("Struk disimpan");
    }

    private void move(long id, OrderStatus from, OrderStatus to, String note) {
        var current = orders.findById(id).orElseThrow();
        var change = com.wmxtopup.counter.application.port.StatusChange.of(id, from, current.version(), to,
                com.wmxtopup.counter.domain.Actor.SYSTEM, "test", java.time.Instant.now());
        assertThat(orders.compareAndSetStatus(note.isEmpty() ? change : change.withNote(note))).isTrue();
    }

    @Test
    void recentSalesAreListedNewestFirstFilteredPreviewedAndReprintedWhenFinished() throws Exception {
        var recent = new RecentSalesViewModel(new FindOrders(orders, Clock.systemUTC()), receipts, events, new SameThreadTaskRunner(),
                new I18n(I18n.INDONESIAN), Clock.systemUTC(), com.wmxtopup.counter.domain.ShopZone.WIB);
        recent.refresh();
        assertThat(recent.rows()).isEmpty();
        assertThat(recent.emptyTextProperty().get()).isEqualTo("Belum ada penjualan.");
        assertThat(recent.previewProperty().get()).isEmpty();

        sellWithQris("free fire", "100 diamonds", "123456789");
        var unpaid = sale.status().orderProperty().get();
        sale.earlier().parkWaiting();
        sellWithQris("legends b", "86", "136216325", "2685");
        sale.earlier().parkWaiting();
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
        assertThat(recent.messageProperty().get())
                .isEqualTo("Struk hanya untuk pesanan yang sudah selesai (berhasil, gagal, atau dikembalikan).");

        move(unpaid.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        move(unpaid.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(unpaid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.FAILED, "Stok kosong");
        move(unpaid.id(), OrderStatus.FAILED, OrderStatus.REFUNDED, "Uang dikembalikan tunai");
        // The list still shows it waiting; F5 reads the order again and prints it as it is now.
        assertThat(recent.selectedOrder().orElseThrow().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        recent.reprint();
        assertThat(recent.messageProperty().get()).startsWith("Struk disimpan").doesNotContain(".pdf");
        var pdf = receiptsFolder.resolve(unpaid.orderNumber().value() + ".pdf");
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        recent.refresh();
        assertThat(recent.selectedOrder().orElseThrow().status()).as("the selection stays on the same order")
                .isEqualTo(OrderStatus.REFUNDED);
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
        sale.payment().useCash();
        sale.payment().cashTextProperty().set("20000");
        sale.pay();
        return sale.status().orderProperty().get();
    }

    /// Up to payment for Free Fire 100 Diamonds, player 123456789.
    private void toPayment() {
        toTarget("free fire", "100 diamonds");
        sale.player().userIdProperty().set("123456789");
        sale.confirmTarget();
        sale.confirmTarget();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
    }

    @Test
    void everyFailureAtPaymentIsOneSentenceSayingWhatToDoAndKeepsTheSale() {
        toPayment();
        String sku = sale.item().selectedProperty().get().quote().product().sku();

        // The supplier's balance (as last read) cannot cover the item.
        var snapshot = fixture.accounts.latest().orElseThrow();
        fixture.accounts.save(new com.wmxtopup.counter.application.port.SupplierAccount(snapshot.account().fullName(),
                snapshot.account().username(), com.wmxtopup.counter.domain.Money.rupiah(100), snapshot.account().level()),
                java.time.Instant.now());
        sale.pay();
        assertThat(sale.messageProperty().get()).isEqualTo("Saldo VIP Reseller tidak cukup — isi saldo di VIP Reseller lalu coba lagi.");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
        fixture.accounts.save(snapshot.account(), java.time.Instant.now());

        // The item went out of stock at the supplier between choosing it and paying.
        var item = fixture.simulator.catalogItem(sku).orElseThrow();
        fixture.simulator.putCatalogItem(new com.wmxtopup.counter.sandbox.vip.CatalogItem(item.code(), item.game(), item.name(),
                item.basicPrice(), item.premiumPrice(), item.specialPrice(), item.server(), false));
        fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        sale.pay();
        assertThat(sale.messageProperty().get()).startsWith("Item 100 Diamonds tidak bisa dijual: ").endsWith(".");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
        fixture.simulator.putCatalogItem(item);
        fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);

        // Midtrans cannot be reached: cash still works.
        midtrans.close();
        sale.pay();
        assertThat(sale.messageProperty().get()).isEqualTo("QRIS tidak bisa dibuat sekarang — coba lagi, atau terima tunai (F2).");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.PAYMENT);
        assertThat(orders.findRecent(10)).as("nothing half-made is left waiting").noneMatch(o -> o.status() == OrderStatus.WAITING_PAYMENT);
        sale.payment().useCash();
        sale.payment().cashTextProperty().set("20.000");
        sale.pay();
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anUnreachableSupplierAtTheNicknameCheckIsSaidPlainly() {
        toTarget("free fire", "100 diamonds");
        sale.player().userIdProperty().set("123456789");
        fixture.simulator.close();
        sale.confirmTarget();
        // The catalog sync left a pooled connection to the supplier, now dead: the read is sent again
        // on a fresh one, which is refused — unreachable, not "no answer".
        assertThat(sale.player().nicknameCheck().errorProperty().get())
                .isEqualTo("VIP Reseller tidak bisa dihubungi — periksa koneksi internet lalu coba lagi.");
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.TARGET);
        assertThat(sale.player().userIdProperty().get()).as("nothing typed is lost").isEqualTo("123456789");
    }

    @Test
    void theOptionalWhatsappNumberIsCheckedAndKeptWithTheOrder() {
        toTarget("free fire", "100 diamonds");
        sale.player().userIdProperty().set("123456789");
        sale.player().phoneProperty().set("0812");
        assertThat(sale.player().phoneErrorProperty().get()).as("still typing").isEmpty();
        sale.player().phoneProperty().set("0812-34x");
        assertThat(sale.player().phoneErrorProperty().get()).startsWith("Nomor WhatsApp: 8–15 angka");
        sale.player().phoneProperty().set("0812");
        sale.confirmTarget();
        assertThat(sale.player().phoneErrorProperty().get()).startsWith("Nomor WhatsApp: 8–15 angka");
        assertThat(sale.player().nicknameCheck().nicknameProperty().get()).as("no lookup until the form is right").isEmpty();
        sale.player().phoneProperty().set("0812 3456 7890");
        assertThat(sale.player().phoneErrorProperty().get()).isEmpty();
        sale.confirmTarget();
        sale.confirmTarget();
        sale.pay();
        var order = sale.status().orderProperty().get();
        assertThat(orders.findById(order.id()).orElseThrow().customerPhone()).isEqualTo("0812 3456 7890");

        var recent = new RecentSalesViewModel(new FindOrders(orders, Clock.systemUTC()), receipts, events, new SameThreadTaskRunner(),
                new I18n(I18n.INDONESIAN), Clock.systemUTC(), com.wmxtopup.counter.domain.ShopZone.WIB);
        recent.refresh();
        recent.filterProperty().set("081234567890");
        assertThat(recent.rows()).extracting(r -> r.order().id()).containsExactly(order.id());
        sale.earlier().parkWaiting();
        sale.earlier().reopen(orders.findById(order.id()).orElseThrow());
        assertThat(sale.player().phoneProperty().get()).isEqualTo("0812 3456 7890");
    }

    @Test
    void anAnswerForASaleTheCashierHasLeftDoesNotComeBack() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var waiting = sale.status().orderProperty().get();
        tasks.hold();
        int before = tasks.started();
        sale.status().refresh(); // the status read is still on its way …
        sale.status().refresh(); // … and is not asked for twice
        assertThat(tasks.started()).isEqualTo(before + 1);
        midtrans.pay(waiting.orderNumber().value());
        move(waiting.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        move(waiting.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(waiting.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(waiting.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 1");
        sale.earlier().parkWaiting(); // … when the cashier serves the next customer
        tasks.release();

        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
        assertThat(sale.status().orderProperty().get()).isNull();
        assertThat(sale.status().receiptTextProperty().get()).as("no receipt printed for a sale not on screen").isEmpty();
        assertThat(receiptsFolder).isEmptyDirectory();
    }

    @Test
    void aQrPaidAfterItWasClosedIsFollowedAndNeverGetsASecondQr() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var first = sale.status().orderProperty().get();
        midtrans.expireNow(first.orderNumber().value());
        sale.status().cancelWaiting();
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(sale.status().needsFollowing()).as("a late settlement may still pay it").isTrue();
        sale.status().reprintReceipt();
        assertThat(sale.status().receiptTextProperty().get()).as("no receipt for an unpaid QR").isEmpty();

        move(first.id(), OrderStatus.EXPIRED, OrderStatus.PAID, ""); // a verified settlement arrived late
        int charges = midtrans.transactions().size();
        sale.newQr();
        assertThat(midtrans.transactions()).as("no second QR for a paid order").hasSize(charges);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.messageProperty().get())
                .isEqualTo("Pembayaran masuk setelah QR ditutup — pesanan diproses sekarang. Jangan buat QR baru.");
        assertThat(sale.status().texts().waitingHintProperty().get())
                .startsWith("F4: layani pelanggan berikutnya (pesanan tetap diproses)");

        sale.earlier().parkWaiting();
        assertThat(sale.messageProperty().get()).isEqualTo("Pesanan " + first.orderNumber().value()
                + " tetap diproses di latar belakang — F3 untuk melihatnya lagi.");
    }

    @Test
    void reopeningReadsTheOrderAgainAndShowsItsOwnGamesItems() throws Exception {
        sellWithQris("legends b", "86", "136216325", "2685");
        var mlOrder = sale.status().orderProperty().get();
        sale.earlier().parkWaiting();
        toTarget("genshin", "60"); // the next customer, another game
        sale.back();
        assertThat(sale.item().items()).allMatch(i -> i.quote().product().game().equals("Genshin Impact"));

        move(mlOrder.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        sale.earlier().reopenById(mlOrder.id());
        assertThat(sale.status().orderProperty().get().status()).as("read again, not the list's copy").isEqualTo(OrderStatus.PAID);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.WAITING);
        sale.newSale();
        sale.earlier().reopenById(mlOrder.id());
        assertThat(sale.item().items()).isNotEmpty().allMatch(i -> i.quote().product().game().equals("Mobile Legends B"));

        sale.earlier().reopenById(-1);
        assertThat(sale.messageProperty().get()).isEqualTo("Pesanan itu tidak ditemukan lagi di database — muat ulang daftar dengan F3.");
    }

    @Test
    void aLateSettlementOnTheExpiredScreenIsShownAndItsReceiptHandedOver() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var first = sale.status().orderProperty().get();
        midtrans.expireNow(first.orderNumber().value());
        sale.status().cancelWaiting();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);

        move(first.id(), OrderStatus.EXPIRED, OrderStatus.PAID, "");
        sale.status().refresh();
        assertThat(sale.stepProperty().get()).as("followed again").isEqualTo(SaleViewModel.Step.WAITING);
        assertThat(sale.messageProperty().get()).startsWith("Pembayaran masuk setelah QR ditutup");

        // Paid and fulfilled between two reads: still finished here, so the receipt is handed over.
        move(first.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(first.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(first.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 42");
        sale.status().refresh();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        assertThat(sale.messageProperty().get()).isEqualTo("Top-up berhasil: SN 42. Enter untuk penjualan berikutnya.");
        assertThat(sale.status().receiptTextProperty().get()).startsWith("Struk disimpan");
    }

    @Test
    void anExpiredQrPaidAndFinishedBeforeTheNextReadStillGetsItsReceipt() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var first = sale.status().orderProperty().get();
        midtrans.expireNow(first.orderNumber().value());
        sale.status().cancelWaiting();
        move(first.id(), OrderStatus.EXPIRED, OrderStatus.PAID, "");
        move(first.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(first.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.FAILED, "Stok habis");

        sale.status().refresh();

        assertThat(sale.messageProperty().get()).startsWith("Top-up gagal: Stok habis.");
        assertThat(sale.status().receiptTextProperty().get()).startsWith("Struk disimpan");
    }

    @Test
    void aStatusReadStartedBeforeACancelDoesNotPutTheWaitingQrBack() throws Exception {
        sellWithQris("free fire", "100 diamonds", "123456789");
        tasks.holdAnswers();
        sale.status().refresh(); // reads WAITING_PAYMENT now; its answer comes later …
        tasks.release();
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);

        tasks.holdAnswers();
        sale.status().refresh(); // read: still waiting …
        sale.status().cancelWaiting(); // … the cancel lands first on screen
        tasks.releaseNewestFirst();
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
    }

    @Test
    void aPrinterFailureAfterTheCashierMovedOnIsStillSaid() throws Exception {
        var brokenFolder = java.nio.file.Files.createTempFile("not-a-folder", ".txt");
        receipts = new Receipts(new EscPosReceiptPrinter(), new ShopInfo("Toko Uji", "", "", com.wmxtopup.counter.domain.ShopZone.WIB),
                brokenFolder, Optional.empty(), PaperWidth.MM_58);
        sale = newSaleViewModel();
        sale.load();
        var paid = sellWithCash();
        move(paid.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(paid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(paid.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "");
        tasks.hold();
        sale.status().refresh();
        tasks.release(); // the order finishes; the receipt is being saved …
        assertThat(sale.status().receiptTextProperty().get()).startsWith("Struk PDF ");

        tasks.hold();
        sale.status().reprintReceipt(); // … again, and the cashier starts the next sale meanwhile
        sale.newSale();
        tasks.release();
        assertThat(sale.messageProperty().get()).startsWith("Struk pesanan " + paid.orderNumber().value() + ": Struk PDF ");
        assertThat(sale.status().receiptTextProperty().get()).isEmpty();
    }

    // ---- every sale starts clean (issue 12) ---------------------------------------------------

    /// Everything the steps show or keep, read through their public properties and lists (so a
    /// property added later is covered without touching this test).
    private static java.util.Map<String, Object> stateOf(SaleViewModel vm) {
        var state = new java.util.TreeMap<String, Object>();
        state.put("step", vm.stepProperty().get());
        state.put("busy", vm.busyProperty().get());
        for (Object part : java.util.List.of(vm.game(), vm.item(), vm.player(), vm.player().nicknameCheck(), vm.payment(), vm.status(),
                vm.status().texts())) {
            for (var method : part.getClass().getMethods()) {
                if (method.getParameterCount() == 0 && method.getDeclaringClass() == part.getClass()
                        && (javafx.beans.value.ObservableValue.class.isAssignableFrom(method.getReturnType())
                                || javafx.collections.ObservableList.class.isAssignableFrom(method.getReturnType()))) {
                    try {
                        Object value = method.invoke(part);
                        state.put(part.getClass().getSimpleName() + "." + method.getName(),
                                value instanceof javafx.collections.ObservableList<?> list
                                        ? java.util.List.copyOf(list)
                                        : ((javafx.beans.value.ObservableValue<?>) value).getValue());
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return state;
    }

    /// Every field of every step as on a console just started (same catalog, same games sold last).
    private void assertClean(SaleViewModel vm) {
        var fresh = newSaleViewModel();
        fresh.load();
        assertThat(stateOf(vm)).isEqualTo(stateOf(fresh));
    }

    private void typeCashForTheItem() {
        toPayment();
        sale.payment().useCash();
        sale.payment().cashTextProperty().set("50000");
        assertThat(sale.payment().changeTextProperty().get()).isNotEmpty();
    }

    @Test
    void cashTypedAndLeftWithEscReachesNeitherTheNextSaleNorTheCustomerDisplay() {
        var display = new CustomerDisplayViewModel(sale, new I18n(I18n.INDONESIAN), "Toko Uji");
        typeCashForTheItem();
        assertThat(display.amountProperty().get()).isNotEmpty();
        sale.back();
        sale.back();
        sale.back();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
        assertThat(sale.game().filterProperty().get()).as("the search typed stays on screen").isEqualTo("free fire");
        assertThat(display.amountProperty().get()).as("nothing of the abandoned sale under 'Selamat datang'").isEmpty();
        assertThat(display.itemProperty().get()).isEmpty();
        sale.game().filterProperty().set("");
        assertClean(sale);

        // The next customer's payment opens on QRIS with nothing received: one Enter makes a QR, never a cash sale.
        toPayment();
        assertThat(sale.payment().methodProperty().get()).isEqualTo(PaymentStepViewModel.Method.QRIS);
        assertThat(sale.payment().cashTextProperty().get()).isEmpty();
        assertThat(sale.payment().changeTextProperty().get()).isEmpty();
        sale.pay();
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(sale.status().orderProperty().get().cashReceived().rupiah()).isZero();
    }

    @Test
    void aSaleParkedWithF4LeavesNothingBehind() {
        sellWithQris("legends b", "86", "136216325", "2685");
        sale.earlier().parkWaiting();
        assertClean(sale);
    }

    @Test
    void aFinishedSaleLeavesNothingBehind() {
        var paid = sellWithCash();
        move(paid.id(), OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, "");
        move(paid.id(), OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, "");
        move(paid.id(), OrderStatus.PROCESSING, OrderStatus.SUCCESS, "SN 1");
        sale.status().refresh();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.DONE);
        sale.newSale(); // Enter
        assertClean(sale);
    }

    @Test
    void aLanguageSwitchMidSaleThenEscLeavesNothingBehind() {
        var i18n = new I18n(I18n.INDONESIAN);
        sale = newSaleViewModel(i18n);
        sale.load();
        typeCashForTheItem();
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(sale.payment().changeTextProperty().get()).as("said in the language chosen").startsWith("Change");
        i18n.localeProperty().set(I18n.INDONESIAN);
        sale.back();
        sale.back();
        sale.back();
        sale.game().filterProperty().set("");
        assertClean(sale);
    }

    // ---- order events and timers ---------------------------------------------------------------

    @Test
    void theOrderOnScreenIsReadAgainWhenAnEventSaysItChangedAndOnlyThen() {
        sellWithQris("free fire", "100 diamonds", "123456789");
        var waiting = sale.status().orderProperty().get();
        move(waiting.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        int reads = tasks.started();
        orderEvents.publish(new com.wmxtopup.counter.application.order.OrderChanged(waiting.id() + 1000, OrderStatus.PAID));
        assertThat(tasks.started()).as("another order: nothing read").isEqualTo(reads);
        orderEvents.publish(new com.wmxtopup.counter.application.order.OrderChanged(waiting.id(), OrderStatus.PAID));
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.PAID);
        assertThat(sale.status().texts().statusProperty().get()).isNotEqualTo("Menunggu pembayaran QRIS");
    }

    @Test
    void theTimersAreTheViewModelsOwnStartedOnceAndStoppedWithIt() {
        sale.load(); // a second visit (or a view rebuilt for another language)
        assertThat(tasks.periodicWork()).containsExactlyInAnyOrder("sale countdown", "sale catalog watch", "sale slow poll");
        sellWithQris("free fire", "100 diamonds", "123456789");
        var waiting = sale.status().orderProperty().get();
        move(waiting.id(), OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, "");
        tasks.tick(); // the slow poll finds what no event told (another console's change)
        assertThat(sale.status().orderProperty().get().status()).isEqualTo(OrderStatus.PAID);
        sale.dispose();
        assertThat(tasks.periodicWork()).isEmpty();
        orderEvents.publish(new com.wmxtopup.counter.application.order.OrderChanged(waiting.id(), OrderStatus.PAID));
    }
}
