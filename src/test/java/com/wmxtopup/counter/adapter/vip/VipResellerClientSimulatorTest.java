package com.wmxtopup.counter.adapter.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import com.wmxtopup.counter.application.port.CallbackCheck;
import com.wmxtopup.counter.application.port.Nickname;
import com.wmxtopup.counter.application.port.PrepaidFilter;
import com.wmxtopup.counter.application.port.PrepaidProduct;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.SupplierException.Kind;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Accepted;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Rejected;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.RejectionReason;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.TemporaryReason;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.TryLater;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Unknown;
import com.wmxtopup.counter.application.port.SupplierTransaction;
import com.wmxtopup.counter.application.port.SupplierTransaction.State;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.vip.CatalogItem;
import com.wmxtopup.counter.sandbox.vip.PrepaidCatalogItem;
import com.wmxtopup.counter.sandbox.vip.SimulatedTransaction;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The client against the simulator over real HTTP on loopback: every call, every order outcome
/// the simulator can provoke, and the typed failures. Statuses are stepped by hand (the
/// simulator's delays are an hour) or by moving the clock.
class VipResellerClientSimulatorTest {

    static final String API_ID = "Xy7Qp2Lm";
    static final String API_KEY = "TESTKEY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU";
    static final String SIGN = "ae65c7fb5ac641b4855e1fbbcf6d200f";
    /// 09:00 in Jakarta, the time of the spec's fixtures.
    static final Instant START = Instant.parse("2024-01-10T02:00:00Z");
    static final TopUpTarget ML_PLAYER = new TopUpTarget("136216325", "2685");
    /// Generous for ordinary calls, so a busy build machine never turns an answer into a timeout.
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /// For the tests that provoke a timeout on purpose.
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(800);

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private MutableClock clock;
    private VipResellerSimulator simulator;
    private VipResellerClient client;

    @BeforeEach
    void start() {
        clock = new MutableClock(START);
        simulator = simulator(settings());
        client = client(simulator.baseUrl(), API_ID, API_KEY);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose.reversed()) {
            c.close();
        }
    }

    static VipResellerSimulatorSettings settings() {
        return VipResellerSimulatorSettings.demo(API_ID, API_KEY)
                .withStatusDelays(Duration.ofHours(1), Duration.ofHours(1))
                .withErrorRatePercent(0);
    }

    private VipResellerSimulator simulator(VipResellerSimulatorSettings settings) {
        var sim = new VipResellerSimulator(settings, clock);
        toClose.add(sim);
        sim.start();
        return sim;
    }

    private VipResellerClient client(String baseUrl, String apiId, String apiKey) {
        return client(VipResellerSettings.withTimeouts(baseUrl, apiId, apiKey, Duration.ofSeconds(2), READ_TIMEOUT));
    }

    private VipResellerClient client(VipResellerSettings settings) {
        var c = new VipResellerClient(settings, clock);
        toClose.add(c);
        return c;
    }

    private Accepted buy(String sku, TopUpTarget target) {
        SupplierOrderOutcome outcome = client.placeOrder(sku, target);
        assertThat(outcome).isInstanceOf(Accepted.class);
        return (Accepted) outcome;
    }

    private CatalogItem firstEmptyItem() {
        return simulator.catalog().stream().filter(i -> !i.available()).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- account, catalog, nickname

    @Test
    void accountShowsTheProfileBalanceAndLevel() throws Exception {
        assertThat(client.account()).isEqualTo(new SupplierAccount("Toko Simulasi", "tokosim", Money.rupiah(500_000), PriceLevel.BASIC));

        var special = simulator(settings().withLevel(PriceLevel.SPECIAL).withBalance(1_234_567));
        assertThat(client(special.baseUrl(), API_ID, API_KEY).account())
                .isEqualTo(new SupplierAccount("Toko Simulasi", "tokosim", Money.rupiah(1_234_567), PriceLevel.SPECIAL));
    }

    @Test
    void productsAreTheWholeCatalogWithAllThreePriceLevelsStampedWithTheClock() throws Exception {
        List<Product> products = client.products(Optional.empty());

        assertThat(products).hasSize(simulator.catalog().size()).hasSizeGreaterThanOrEqualTo(150);
        Product mlb86 = products.stream().filter(p -> p.sku().equals("MLB86-S1")).findFirst().orElseThrow();
        assertThat(mlb86.game()).isEqualTo("Mobile Legends B");
        assertThat(mlb86.name()).isEqualTo("86 Diamonds");
        assertThat(mlb86.buyPrice(PriceLevel.BASIC)).isEqualTo(Money.rupiah(20_500));
        assertThat(mlb86.buyPrice(PriceLevel.PREMIUM)).isEqualTo(Money.rupiah(20_300));
        assertThat(mlb86.buyPrice(PriceLevel.SPECIAL)).isEqualTo(Money.rupiah(20_150));
        assertThat(mlb86.status()).isEqualTo(ProductStatus.AVAILABLE);
        assertThat(mlb86.updatedAt()).isEqualTo(START);
        String emptyCode = firstEmptyItem().code();
        assertThat(products).filteredOn(p -> p.sku().equals(emptyCode)).singleElement()
                .extracting(Product::status).isEqualTo(ProductStatus.EMPTY);
    }

    @Test
    void productsOfOneGameAreOnlyThatGame() throws Exception {
        long expected = simulator.catalog().stream().filter(i -> i.game().equals("Genshin Impact")).count();

        List<Product> products = client.products(Optional.of("Genshin Impact"));

        assertThat(products).hasSize((int) expected).isNotEmpty().allMatch(p -> p.game().equals("Genshin Impact"));
    }

    @Test
    void productsOfAnUnknownGameAreAnEmptyList() throws Exception {
        assertThat(client.products(Optional.of("Tetris Online"))).isEmpty();
    }

    @Test
    void nicknameOfAnExistingPlayerIsStable() throws Exception {
        Nickname first = client.nickname("mobile-legends", ML_PLAYER);
        Nickname again = client.nickname("mobile-legends", ML_PLAYER);

        assertThat(first.name()).isNotBlank().isEqualTo(again.name());
        assertThat(first.countryCode()).isEmpty();
        assertThat(client.nickname("mobile-legends", new TopUpTarget("987654321", "1234")).name()).isNotEqualTo(first.name());
    }

    @Test
    void regionNicknameCarriesTheCountry() throws Exception {
        Nickname nickname = client.nickname("mobile-legends-region", ML_PLAYER);

        assertThat(nickname.name()).isEqualTo(client.nickname("mobile-legends", ML_PLAYER).name());
        assertThat(nickname.countryCode()).isIn("ID", "MY", "PH", "SG");
    }

    @Test
    void nicknameOfAMissingPlayerIsTargetNotFound() {
        var e = catchThrowableOfType(SupplierException.class, () -> client.nickname("free-fire", TopUpTarget.of("0123456789")));

        assertThat(e.kind()).isEqualTo(Kind.TARGET_NOT_FOUND);
        assertThat(e.supplierMessage()).isEqualTo("ID tidak ditemukan.");
    }

    // ---------------------------------------------------------------- the happy path

    @Test
    void anOrderIsAcceptedChargedAndFollowedToSuccess() throws Exception {
        Accepted accepted = buy("MLB86-S1", ML_PLAYER);

        assertThat(accepted.trxId()).isEqualTo("VP2401100900001");
        assertThat(accepted.charged()).isEqualTo(Money.rupiah(20_500));
        assertThat(accepted.balanceAfter()).isEqualTo(Money.rupiah(479_500));
        assertThat(client.transaction(accepted.trxId()).state()).isEqualTo(State.WAITING);

        simulator.advanceAll();
        assertThat(client.transaction(accepted.trxId()).state()).isEqualTo(State.PROCESSING);

        simulator.advanceAll();
        SupplierTransaction done = client.transaction(accepted.trxId());
        assertThat(done).isEqualTo(new SupplierTransaction("VP2401100900001", ML_PLAYER, "Mobile Legends B - 86 Diamonds",
                State.SUCCESS, "", Money.rupiah(20_500)));
        assertThat(done.isFinal()).isTrue();
        assertThat(client.account().balance()).isEqualTo(Money.rupiah(479_500));
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
    }

    @Test
    void statusesAlsoAdvanceWithTheClock() throws Exception {
        Accepted accepted = buy("FF100-S13", TopUpTarget.of("123456789"));

        clock.advance(Duration.ofMinutes(59));
        assertThat(client.transaction(accepted.trxId()).state()).isEqualTo(State.WAITING);
        clock.advance(Duration.ofMinutes(1));
        assertThat(client.transaction(accepted.trxId()).state()).isEqualTo(State.PROCESSING);
        clock.advance(Duration.ofHours(1));
        assertThat(client.transaction(accepted.trxId()).state()).isEqualTo(State.SUCCESS);
    }

    @Test
    void theAccountLevelSelectsThePriceCharged() {
        var premium = simulator(settings().withLevel(PriceLevel.PREMIUM));
        var premiumClient = client(premium.baseUrl(), API_ID, API_KEY);

        var outcome = premiumClient.placeOrder("MLB172-S1", ML_PLAYER);

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class, a -> {
            assertThat(a.charged()).isEqualTo(Money.rupiah(40_500));
            assertThat(a.balanceAfter()).isEqualTo(Money.rupiah(500_000 - 40_500));
        });
    }

    @Test
    void anOrderThatEndsInErrorCarriesTheNoteAndIsCreditedBack() throws Exception {
        simulator.faults().nextOrderEndsInError("Zone tujuan salah.");
        Accepted accepted = buy("MLB86-S1", ML_PLAYER);
        assertThat(client.account().balance()).isEqualTo(Money.rupiah(479_500));

        simulator.completeAll();

        SupplierTransaction failed = client.transaction(accepted.trxId());
        assertThat(failed.state()).isEqualTo(State.ERROR);
        assertThat(failed.note()).isEqualTo("Zone tujuan salah.");
        assertThat(client.account().balance()).isEqualTo(Money.rupiah(500_000));
    }

    @Test
    void anOrderForAPlayerThatDoesNotExistIsAcceptedThenFails() throws Exception {
        Accepted accepted = buy("PUBGM60-S2", TopUpTarget.of("0999"));

        simulator.completeAll();

        assertThat(client.transaction(accepted.trxId())).extracting(SupplierTransaction::state, SupplierTransaction::note)
                .containsExactly(State.ERROR, "ID tujuan salah.");
    }

    @Test
    void recentTransactionsAreNewestFirstAndLimited() throws Exception {
        String first = buy("MLB86-S1", ML_PLAYER).trxId();
        String second = buy("FF100-S13", TopUpTarget.of("123456789")).trxId();
        String third = buy("GI60-S3", new TopUpTarget("812345678", "os_asia")).trxId();

        assertThat(client.recentTransactions(2)).extracting(SupplierTransaction::trxId).containsExactly(third, second);
        assertThat(client.recentTransactions(10)).extracting(SupplierTransaction::trxId).containsExactly(third, second, first);
        assertThat(client.recentTransactions(1).getFirst().target()).isEqualTo(new TopUpTarget("812345678", "os_asia"));
    }

    @Test
    void anAccountWithoutTransactionsAnswersNotFoundForTheRecentList() {
        var e = catchThrowableOfType(SupplierException.class, () -> client.recentTransactions(5));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.supplierMessage()).isEqualTo("Transaksi tidak ditemukan.");
    }

    @Test
    void anUnknownTrxIdIsNotFound() {
        var e = catchThrowableOfType(SupplierException.class, () -> client.transaction("VP0000000000999"));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
    }

    // ---------------------------------------------------------------- orders whose outcome is unknown

    @Test
    void aTimeoutAfterPlacingIsUnknownAndTheOrderExists() {
        var impatient = client(VipResellerSettings.withTimeouts(simulator.baseUrl(), API_ID, API_KEY, Duration.ofMillis(500),
                SHORT_READ_TIMEOUT));
        simulator.faults().delayNextOrderResponse(SHORT_READ_TIMEOUT.multipliedBy(3));

        long started = System.nanoTime();
        SupplierOrderOutcome outcome = impatient.placeOrder("MLB86-S1", ML_PLAYER);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SHORT_READ_TIMEOUT.multipliedBy(3));
        assertThat(simulator.transactions()).singleElement().satisfies(t -> {
            assertThat(t.serviceCode()).isEqualTo("MLB86-S1");
            assertThat(t.data()).isEqualTo("136216325");
            assertThat(t.zone()).isEqualTo("2685");
        });
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(simulator.balance()).isEqualTo(479_500);
    }

    @Test
    void aLostAnswerIsUnknownTheOrderExistsAndNothingIsRetried() throws Exception {
        client.account(); // a pooled connection, which OkHttp would happily retry on
        simulator.faults().dropNextOrderResponse();

        SupplierOrderOutcome outcome = client.placeOrder("MLB86-S1", ML_PLAYER);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(simulator.transactions()).hasSize(1);
        // Reconciliation finds it in the recent list.
        assertThat(client.recentTransactions(5)).singleElement().extracting(SupplierTransaction::target).isEqualTo(ML_PLAYER);
    }

    @Test
    void aTruncatedAnswerIsUnknown() {
        simulator.faults().truncateNextOrderResponse();

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOf(Unknown.class);
        assertThat(simulator.transactions()).hasSize(1);
    }

    @Test
    void aServerErrorIsUnknownEvenThoughNothingWasPlaced() {
        simulator.faults().failNextRequest(500);

        SupplierOrderOutcome outcome = client.placeOrder("MLB86-S1", ML_PLAYER);

        assertThat(outcome).isInstanceOfSatisfying(Unknown.class, u -> assertThat(u.cause()).contains("HTTP 500"));
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void anAnswerThatIsNotJsonIsUnknown() {
        simulator.faults().malformNextRequest();

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOf(Unknown.class);
    }

    // ---------------------------------------------------------------- refused orders

    @Test
    void insufficientBalanceIsRejected() {
        simulator.setBalance(20_499);

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER))
                .isEqualTo(new Rejected(RejectionReason.INSUFFICIENT_BALANCE, "Saldo Anda tidak cukup untuk melakukan pemesanan ini."));
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void theMinimumBalanceHoldIsAnInsufficientBalance() {
        var holding = simulator(settings().withBalance(30_000).withMinimumBalance(10_000));

        assertThat(client(holding.baseUrl(), API_ID, API_KEY).placeOrder("MLB86-S1", ML_PLAYER))
                .isEqualTo(new Rejected(RejectionReason.INSUFFICIENT_BALANCE, "Saldo akun minimum Anda adalah 10,000."));
    }

    @Test
    void emptyAndUnknownProductsAreUnavailable() {
        var expected = new Rejected(RejectionReason.PRODUCT_UNAVAILABLE, "Layanan tidak ditemukan atau saat ini tidak tersedia.");

        assertThat(client.placeOrder(firstEmptyItem().code(), ML_PLAYER)).isEqualTo(expected);
        assertThat(client.placeOrder("NOPE1-S1", ML_PLAYER)).isEqualTo(expected);
    }

    @Test
    void aTargetTheSupplierRefusesAtOnceIsInvalid() {
        simulator.faults().refuseNextOrder("User id tidak sesuai.");

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER))
                .isEqualTo(new Rejected(RejectionReason.INVALID_TARGET, "User id tidak sesuai."));
        assertThat(client.placeOrder("MLB86-S1", TopUpTarget.of("")))
                .isEqualTo(new Rejected(RejectionReason.INVALID_TARGET, "Masih ada parameter yang kosong."));
    }

    @Test
    void otherRefusalsAreRejectedWithTheSupplierText() {
        simulator.faults().refuseNextOrder("Server tidak ditemukan atau saat ini tidak tersedia.");
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER))
                .isEqualTo(new Rejected(RejectionReason.PRODUCT_UNAVAILABLE, "Server tidak ditemukan atau saat ini tidak tersedia."));

        simulator.faults().refuseNextOrder("Akun Anda sedang ditinjau.");
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isEqualTo(new Rejected(RejectionReason.OTHER, "Akun Anda sedang ditinjau."));
    }

    // ---------------------------------------------------------------- orders to try again later

    @Test
    void theRateLimitSaysHowLongToWait() {
        simulator.faults().rateLimit(true);
        buy("MLB86-S1", ML_PLAYER);

        assertThat(client.placeOrder("MLB172-S1", new TopUpTarget("222333444", "1001")))
                .isEqualTo(
                        new TryLater(Duration.ofSeconds(6), TemporaryReason.RATE_LIMITED, "Transaksi dibatasi, coba lagi dalam 6 detik."));
        clock.advance(Duration.ofMillis(4_500));
        assertThat(client.placeOrder("MLB172-S1", new TopUpTarget("222333444", "1001")))
                .isEqualTo(
                        new TryLater(Duration.ofSeconds(2), TemporaryReason.RATE_LIMITED, "Transaksi dibatasi, coba lagi dalam 2 detik."));
        clock.advance(Duration.ofMillis(1_500));
        assertThat(client.placeOrder("MLB172-S1", new TopUpTarget("222333444", "1001"))).isInstanceOf(Accepted.class);
        assertThat(simulator.orderRequestsReceived()).isEqualTo(4);
        assertThat(simulator.transactions()).hasSize(2);
    }

    @Test
    void aRepeatOfAPendingOrderIsSimilarInProcess() {
        simulator.faults().rateLimit(true);
        buy("MLB86-S1", ML_PLAYER);
        clock.advance(Duration.ofSeconds(7));

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(TryLater.class, t -> {
            assertThat(t.reason()).isEqualTo(TemporaryReason.SIMILAR_IN_PROCESS);
            assertThat(t.supplierMessage()).isEqualTo("Transaksi serupa masih dalam proses.");
            assertThat(t.after()).isPositive();
        });
    }

    @Test
    void maintenanceIsTryLater() {
        simulator.faults().transactionMaintenance(true);
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(TryLater.class, t -> {
            assertThat(t.reason()).isEqualTo(TemporaryReason.MAINTENANCE);
            assertThat(t.supplierMessage()).isEqualTo("Ada pemeliharaan sistem transaksi, coba lagi nanti.");
        });

        simulator.faults().clear();
        simulator.faults().apiMaintenance(true);
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(TryLater.class,
                t -> assertThat(t.reason()).isEqualTo(TemporaryReason.MAINTENANCE));
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void refusedCredentialsAreTryLaterSoThePaidOrderStays() {
        var wrongKey = client(simulator.baseUrl(), API_ID, "not-the-key");

        assertThat(wrongKey.placeOrder("MLB86-S1", ML_PLAYER))
                .isEqualTo(new TryLater(Duration.ofMinutes(5), TemporaryReason.AUTHENTICATION, "API Key not registered."));
    }

    @Test
    void aCallerOutsideTheWhitelistIsToldItsAddress() {
        var strict = simulator(settings().withWhitelistedIps(Set.of("198.51.100.20")));
        var strictClient = client(strict.baseUrl(), API_ID, API_KEY);

        assertThat(strictClient.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(TryLater.class, t -> {
            assertThat(t.reason()).isEqualTo(TemporaryReason.AUTHENTICATION);
            assertThat(t.supplierMessage()).isEqualTo("IP 127.0.0.1 is not permitted");
        });
        var e = catchThrowableOfType(SupplierException.class, strictClient::account);
        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.ipAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void aSupplierThatCannotBeReachedWasNotSentTo() throws Exception {
        var nowhere = client("http://127.0.0.1:" + closedPort() + "/api", API_ID, API_KEY);

        assertThat(nowhere.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(TryLater.class,
                t -> assertThat(t.reason()).isEqualTo(TemporaryReason.NOT_SENT));
        assertThat(catchThrowableOfType(SupplierException.class, nowhere::account).kind()).isEqualTo(Kind.UNREACHABLE);
    }

    // ---------------------------------------------------------------- typed failures of the other calls

    @Test
    void aWrongSignatureIsAuthenticationAndNeverShowsTheSecrets() {
        var wrongId = client(simulator.baseUrl(), "Xy7Qp2Lx", API_KEY);

        var e = catchThrowableOfType(SupplierException.class, wrongId::account);

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.supplierMessage()).isEqualTo("API Signature not valid.");
        assertThat(e.ipAddress()).isEmpty();
        assertThat(e.getMessage()).contains("API Signature not valid.").doesNotContain(API_KEY).doesNotContain(SIGN);
    }

    @Test
    void maintenanceLockedAccountsServerErrorsAndGarbageAreTyped() {
        simulator.faults().apiMaintenance(true);
        assertThat(catchThrowableOfType(SupplierException.class, client::account).kind()).isEqualTo(Kind.MAINTENANCE);
        simulator.faults().clear();

        simulator.faults().lockAccount("Akun Anda dikunci, hubungi admin.");
        var locked = catchThrowableOfType(SupplierException.class, () -> client.products(Optional.empty()));
        assertThat(locked.kind()).isEqualTo(Kind.REJECTED);
        assertThat(locked.supplierMessage()).isEqualTo("Akun Anda dikunci, hubungi admin.");
        simulator.faults().clear();

        simulator.faults().failNextRequest(502);
        assertThat(catchThrowableOfType(SupplierException.class, client::account).kind()).isEqualTo(Kind.SERVER_ERROR);

        simulator.faults().malformNextRequest();
        assertThat(catchThrowableOfType(SupplierException.class, client::account).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);

        assertThatThrownBy(() -> client.recentTransactions(0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- prepaid

    static final String TELKOMSEL_NUMBER = "081234567890";

    private Accepted buyPrepaid(String sku, String customerNumber) {
        SupplierOrderOutcome outcome = client.placePrepaidOrder(sku, customerNumber);
        assertThat(outcome).isInstanceOf(Accepted.class);
        return (Accepted) outcome;
    }

    @Test
    void prepaidProductsAreTheWholePrepaidCatalogWithAllThreePriceLevels() throws Exception {
        List<PrepaidProduct> products = client.prepaidProducts(Optional.empty());

        assertThat(products).hasSize(simulator.prepaidCatalog().size());
        assertThat(products).filteredOn(p -> p.sku().equals("TSEL10")).singleElement().isEqualTo(new PrepaidProduct("TSEL10",
                "TELKOMSEL", "Telkomsel 10.000", "-", "pulsa-reguler", "Pulsa", Map.of(PriceLevel.BASIC, Money.rupiah(10_450),
                        PriceLevel.PREMIUM, Money.rupiah(10_350), PriceLevel.SPECIAL, Money.rupiah(10_250)),
                true, true, "23:45 - 00:15"));
        String emptyCode = simulator.prepaidCatalog().stream().filter(i -> !i.available()).findFirst().orElseThrow().code();
        assertThat(products).filteredOn(p -> p.sku().equals(emptyCode)).singleElement().extracting(PrepaidProduct::available)
                .isEqualTo(false);
    }

    @Test
    void prepaidProductsOfOneBrandOrOneTypeAreOnlyThose() throws Exception {
        List<PrepaidProduct> telkomsel = client.prepaidProducts(Optional.of(PrepaidFilter.byBrand("TELKOMSEL")));
        List<PrepaidProduct> eMoney = client.prepaidProducts(Optional.of(PrepaidFilter.byType("saldo-emoney")));

        assertThat(telkomsel).hasSize(countPrepaid(i -> i.brand().equals("TELKOMSEL"))).isNotEmpty()
                .allMatch(p -> p.brand().equals("TELKOMSEL"));
        assertThat(telkomsel).extracting(PrepaidProduct::type).contains("pulsa-reguler", "paket-internet");
        assertThat(eMoney).hasSize(countPrepaid(i -> i.type().equals("saldo-emoney"))).isNotEmpty()
                .allMatch(p -> p.type().equals("saldo-emoney"));
        assertThat(eMoney).extracting(PrepaidProduct::brand).contains("GOPAY", "OVO", "DANA");
        assertThat(client.prepaidProducts(Optional.of(PrepaidFilter.byBrand("NOKIA")))).isEmpty();
    }

    private int countPrepaid(Predicate<PrepaidCatalogItem> filter) {
        return (int) simulator.prepaidCatalog().stream().filter(filter).count();
    }

    @Test
    void aPrepaidOrderIsAcceptedChargedAndFollowedToSuccessWithASerialNumber() throws Exception {
        Accepted accepted = buyPrepaid("TSEL10", TELKOMSEL_NUMBER);

        assertThat(accepted).isEqualTo(new Accepted("VP2401100900001", Money.rupiah(10_450), Money.rupiah(489_550), ""));
        assertThat(client.prepaidTransaction(accepted.trxId()).state()).isEqualTo(State.WAITING);
        simulator.advanceAll();
        assertThat(client.prepaidTransaction(accepted.trxId()).state()).isEqualTo(State.PROCESSING);
        simulator.advanceAll();

        SupplierTransaction done = client.prepaidTransaction(accepted.trxId());
        assertThat(done.state()).isEqualTo(State.SUCCESS);
        assertThat(done.note()).matches("\\d{20}").isEqualTo(simulator.transaction(accepted.trxId()).orElseThrow().note());
        assertThat(done).isEqualTo(new SupplierTransaction("VP2401100900001", TopUpTarget.of(TELKOMSEL_NUMBER), "Telkomsel 10.000",
                State.SUCCESS, done.note(), Money.rupiah(10_450)));
        assertThat(client.recentPrepaidTransactions(5)).containsExactly(done);
        assertThat(client.account().balance()).isEqualTo(Money.rupiah(489_550));
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
    }

    @Test
    void prepaidAndGameTransactionsAreAskedForAtTheirOwnEndpoint() throws Exception {
        String game = buy("MLB86-S1", ML_PLAYER).trxId();
        String pln = buyPrepaid("PLN50", "14123456789").trxId();

        assertThat(client.recentPrepaidTransactions(10)).extracting(SupplierTransaction::trxId).containsExactly(pln);
        assertThat(client.recentTransactions(10)).extracting(SupplierTransaction::trxId).containsExactly(game);
        assertThat(catchThrowableOfType(SupplierException.class, () -> client.prepaidTransaction(game)).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(client.prepaidTransaction(pln).target()).isEqualTo(TopUpTarget.of("14123456789"));
    }

    @Test
    void aNumberOfAnotherOperatorOrOfNoOperatorIsAnInvalidTarget() {
        assertThat(client.placePrepaidOrder("TSEL10", "085712345678"))
                .isEqualTo(new Rejected(RejectionReason.INVALID_TARGET, "Nomor salah."));
        assertThat(client.placePrepaidOrder("TSEL10", "080012345678"))
                .isEqualTo(new Rejected(RejectionReason.INVALID_TARGET, "Nomor tidak diketahui."));
        assertThat(client.placePrepaidOrder("PLN20", "123")).isEqualTo(new Rejected(RejectionReason.INVALID_TARGET, "Nomor salah."));
        assertThat(simulator.transactions()).isEmpty();
        assertThat(simulator.balance()).isEqualTo(500_000);
    }

    @Test
    void aPrepaidOrderBeyondTheBalanceIsRejectedAndAnEmptyItemIsUnavailable() {
        simulator.setBalance(10_449);

        assertThat(client.placePrepaidOrder("TSEL10", TELKOMSEL_NUMBER))
                .isEqualTo(new Rejected(RejectionReason.INSUFFICIENT_BALANCE, "Saldo Anda tidak cukup untuk melakukan pemesanan ini."));
        String emptyCode = simulator.prepaidCatalog().stream().filter(i -> !i.available()).findFirst().orElseThrow().code();
        assertThat(client.placePrepaidOrder(emptyCode, "088112345678"))
                .isEqualTo(new Rejected(RejectionReason.PRODUCT_UNAVAILABLE, "Layanan tidak ditemukan atau saat ini tidak tersedia."));
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void aTimeoutAfterPlacingAPrepaidOrderIsUnknownAndReconciliationFindsIt() throws Exception {
        var impatient = client(VipResellerSettings.withTimeouts(simulator.baseUrl(), API_ID, API_KEY, Duration.ofMillis(500),
                SHORT_READ_TIMEOUT));
        simulator.faults().delayNextOrderResponse(SHORT_READ_TIMEOUT.multipliedBy(3));

        SupplierOrderOutcome outcome = impatient.placePrepaidOrder("TSEL10", TELKOMSEL_NUMBER);

        assertThat(outcome).isInstanceOf(Unknown.class);
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(simulator.balance()).isEqualTo(500_000 - 10_450);
        assertThat(client.recentPrepaidTransactions(5)).singleElement().satisfies(t -> {
            assertThat(t.target()).isEqualTo(TopUpTarget.of(TELKOMSEL_NUMBER));
            assertThat(t.serviceName()).isEqualTo("Telkomsel 10.000");
        });
    }

    @Test
    void aPrepaidOrderThatEndsInErrorCarriesTheReasonAndIsCreditedBack() throws Exception {
        simulator.faults().nextOrderEndsInError("Nomor tujuan salah.");
        Accepted accepted = buyPrepaid("DANA50", "089612345678");

        simulator.completeAll();

        assertThat(client.prepaidTransaction(accepted.trxId())).extracting(SupplierTransaction::state, SupplierTransaction::note)
                .containsExactly(State.ERROR, "Nomor tujuan salah.");
        assertThat(client.account().balance()).isEqualTo(Money.rupiah(500_000));
    }

    // ---------------------------------------------------------------- callbacks

    @Test
    void signedCallbacksFromTheSimulatorAreValidForTheClient() throws Exception {
        BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/vip", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Client-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        toClose.add(() -> receiver.stop(0));
        var calling = simulator(settings().withCallbackUrl(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/vip")));
        var callingClient = client(calling.baseUrl(), API_ID, API_KEY);
        String trxId = ((Accepted) callingClient.placeOrder("MLB86-S1", ML_PLAYER)).trxId();

        calling.completeAll();

        Received processing = received.poll(5, TimeUnit.SECONDS);
        Received success = received.poll(5, TimeUnit.SECONDS);
        assertThat(processing).isNotNull();
        assertThat(success).isNotNull();
        assertThat(success.signature()).isEqualTo(SIGN);
        assertThat(success.contentType()).isEqualTo("application/json");
        assertThat(callingClient.checkCallback(processing.signature(), processing.body()))
                .isEqualTo(new CallbackCheck.Valid(List.of(new SupplierTransaction(trxId, ML_PLAYER,
                        "Mobile Legends B - 86 Diamonds", State.PROCESSING, "", Money.rupiah(20_500)))));
        assertThat(callingClient.checkCallback(success.signature(), success.body()))
                .isInstanceOfSatisfying(CallbackCheck.Valid.class,
                        v -> assertThat(v.transactions()).singleElement().extracting(SupplierTransaction::state).isEqualTo(State.SUCCESS));
        assertThat(callingClient.checkCallback("deadbeef", success.body())).isInstanceOf(CallbackCheck.InvalidSignature.class);
        // The receiver saw the second callback before the sender counted it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (calling.callbacksDelivered() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(calling.callbacksDelivered()).isEqualTo(2);
        assertThat(received).isEmpty();
    }

    private record Received(String signature, String contentType, byte[] body) {
    }

    /// A port nobody listens on (bound once, then released).
    static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theSimulatorKeepsWhatItWasToldAboutTheOrder() {
        String trxId = buy("HSR60-S3", new TopUpTarget("800123456", "prod_official_asia")).trxId();

        SimulatedTransaction held = simulator.transaction(trxId).orElseThrow();

        assertThat(held.serviceName()).isEqualTo("Honkai Star Rail - 60 Oneiric Shards");
        assertThat(held.zone()).isEqualTo("prod_official_asia");
        assertThat(held.status()).isEqualTo(SimulatedTransaction.Status.WAITING);
        assertThat(held.createdAt()).isEqualTo(START);
    }
    // ---------------------------------------------------------------- servers that close connections

    @Test
    void anOrderAfterTheSupplierClosedIdleConnectionsIsAcceptedAndAStaleReadIsSentAgain() throws Exception {
        var closing = simulator(settings().withIdleCloseSeconds(1));
        var shop = client(closing.baseUrl(), API_ID, API_KEY);
        shop.account(); // leaves a pooled connection for reads

        SupplierOrderOutcome first = shop.placeOrder("MLB86-S1", ML_PLAYER);
        Thread.sleep(1_500);
        SupplierOrderOutcome second = shop.placeOrder("MLB172-S1", new TopUpTarget("222333444", "1001"));

        assertThat(List.of(first, second)).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Accepted.class));
        assertThat(closing.transactions()).hasSize(2);
        assertThat(closing.orderRequestsReceived()).isEqualTo(2);
        assertThat(closing.requestsDroppedOnClosedConnections()).as("no order went onto an idle connection").isZero();

        // The read's pooled connection has been idle for over a second: the supplier drops the
        // request unanswered, and the client sends it again on a fresh connection.
        assertThat(shop.account().balance()).isEqualTo(Money.rupiah(closing.balance()));
        assertThat(closing.requestsDroppedOnClosedConnections()).as("the stale read really met a closed connection").isEqualTo(1);
    }

    @Test
    void ordersInARowToAnHttp10SupplierAreAllAcceptedAndReadsAfterThemAreAnswered() throws Exception {
        var http10 = simulator(settings().withHttp10(true));
        var shop = client(http10.baseUrl(), API_ID, API_KEY);

        var accepted = new ArrayList<String>();
        for (String userId : List.of("136216325", "222333444", "333444555")) {
            SupplierOrderOutcome outcome = shop.placeOrder("MLB86-S1", new TopUpTarget(userId, "2685"));
            assertThat(outcome).as("order for %s", userId).isInstanceOf(Accepted.class);
            accepted.add(((Accepted) outcome).trxId());
        }
        SupplierOrderOutcome prepaid = shop.placePrepaidOrder("TSEL10", TELKOMSEL_NUMBER);
        assertThat(prepaid).isInstanceOf(Accepted.class);

        assertThat(http10.transactions()).hasSize(4);
        assertThat(http10.orderRequestsReceived()).as("one request per order").isEqualTo(4);
        assertThat(http10.requestsDroppedOnClosedConnections()).as("no order went onto a used connection").isZero();

        // Each read after the first finds its pooled connection closed after one answer: dropped,
        // then sent again on a fresh connection and answered.
        assertThat(shop.account().balance()).isEqualTo(Money.rupiah(http10.balance()));
        assertThat(shop.transaction(accepted.getFirst()).state()).isEqualTo(State.WAITING);
        assertThat(shop.prepaidTransaction(((Accepted) prepaid).trxId()).state()).isEqualTo(State.WAITING);
        assertThat(http10.requestsDroppedOnClosedConnections()).isEqualTo(2);
    }
}
