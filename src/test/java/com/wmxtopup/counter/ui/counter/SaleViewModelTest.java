package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.midtrans.MidtransSettings;
import com.wmxtopup.counter.adapter.persistence.HibernateOrderRepository;
import com.wmxtopup.counter.adapter.printing.EscPosReceiptPrinter;
import com.wmxtopup.counter.application.order.Checkout;
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
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.support.CatalogFixture;
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

/// The sale view model alone (no window), on the real catalog, supplier and gateway simulators,
/// with a same-thread task runner: validation as typed and the steps of a sale.
class SaleViewModelTest {

    private static final String KEY = "SB-Mid-server-SALEVM-0001";
    private CatalogFixture fixture;
    private MidtransSimulator midtrans;
    private MidtransClient gateway;
    private SaleViewModel sale;
    private final AtomicInteger wakes = new AtomicInteger();

    @BeforeEach
    void start() {
        fixture = new CatalogFixture();
        fixture.sync.run("test", ProgressListener.NONE);
        midtrans = new MidtransSimulator(MidtransSimulatorSettings.of(KEY));
        midtrans.start();
        gateway = new MidtransClient(MidtransSettings.of(midtrans.baseUrl(), KEY));
        var orders = new HibernateOrderRepository(fixture.database.sessionFactory());
        var checkout = new Checkout(fixture.catalog, orders, gateway, fixture.accounts, Clock.systemUTC(),
                () -> new Checkout.Settings("WMX", Duration.ofMinutes(15), Optional.empty()));
        var receipts = new Receipts(new EscPosReceiptPrinter(), new ShopInfo("Toko Uji", "", ""),
                TestApp.newDataDirectory("sale-vm-receipts"), Optional.empty(), PaperWidth.MM_58);
        sale = new SaleViewModel(fixture.catalog, new NicknameLookup(fixture.supplier), checkout, orders, wakes::incrementAndGet,
                Optional.empty(), receipts, new PaymentCancellation(orders, gateway, new PaymentUpdates(orders, Clock.systemUTC())),
                new SameThreadTaskRunner(), new I18n(I18n.INDONESIAN), Clock.systemUTC());
        sale.load();
    }

    @AfterEach
    void stop() {
        gateway.close();
        midtrans.close();
        fixture.close();
    }

    private void toTarget(String gameQuery, String itemQuery) {
        sale.gameFilterProperty().set(gameQuery);
        sale.chooseFirstGame();
        sale.itemFilterProperty().set(itemQuery);
        sale.chooseItem(sale.firstAvailableItem().orElseThrow());
    }

    @Test
    void gameSearchMatchesWordStarts() {
        sale.gameFilterProperty().set("legends b");
        assertThat(sale.games()).containsExactly("Mobile Legends B");
        sale.gameFilterProperty().set("fire");
        assertThat(sale.games()).containsExactly("Free Fire", "Free Fire MAX");
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
        toTarget("free fire", "100 diamonds");
        sale.userIdProperty().set("123456789");
        sale.confirmTarget();
        sale.confirmTarget();
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
        sale.chooseFirstGame();
        var empty = sale.items().stream().filter(i -> !i.available()).findFirst().orElseThrow();
        sale.chooseItem(empty);
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.ITEM);
        assertThat(sale.messageProperty().get()).startsWith("Item " + empty.name() + " tidak bisa dijual");
        sale.back();
        assertThat(sale.stepProperty().get()).isEqualTo(SaleViewModel.Step.GAME);
    }
}
