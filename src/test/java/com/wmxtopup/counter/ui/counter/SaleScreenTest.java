package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.bootstrap.DesktopScreens;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.support.Qris;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A walk-in sale from the keyboard, in demo mode, on the real window and the real stack: game
/// search → item → player ID and zone → nickname → QRIS on screen → the demo customer pays →
/// the order is followed to the supplier's answer. Apart from typing the search text and the
/// customer's ID, the whole sale takes at most 8 key presses.
@ExtendWith(ApplicationExtension.class)
class SaleScreenTest {

    private AppContext context;
    private FxTaskRunner tasks;
    private Stage customerDisplay;
    private DesktopScreens desktop;
    private final AtomicInteger keyPresses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Path dataDirectory = TestApp.newDataDirectory("sale");
        var config = new ConfigLoader(TestApp.environment("SYNC_INTERVAL_SECONDS", "1"), dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.start(config);
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        }
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, com.wmxtopup.counter.support.TestOperators.OWNER);
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        desktop = new DesktopScreens(context, new CurrentOperator(TestOperators.OWNER), tasks, i18n);
        new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n), i18n,
                desktop.screens()).show(stage);
        customerDisplay = desktop.openCustomerDisplay();
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> customerDisplay.close());
        tasks.close();
        context.close();
    }

    /// A counted key press (Enter, Tab, arrows, shortcuts); typing text is not counted.
    private void press(FxRobot robot, KeyCode key) {
        keyPresses.incrementAndGet();
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keyboardOnlyQrisSaleFromGameSearchToSupplierAnswer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused()
                && games(robot).size() > 5);

        robot.write("mobile legends b");
        assertThat(games(robot)).containsExactly("Mobile Legends B");
        press(robot, KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#itemSearch").queryTextInputControl().isFocused());
        robot.write("86");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-1-items");
        press(robot, KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#userIdField").queryTextInputControl().isFocused());
        assertThat(text(robot, "#targetItemLabel")).isEqualTo("Mobile Legends B — 86 Diamonds — Rp 21.600");
        robot.write("13621632x");
        assertThat(text(robot, "#userIdError")).isEqualTo("Hanya angka.");
        robot.type(KeyCode.BACK_SPACE);
        robot.write("5");
        assertThat(text(robot, "#userIdError")).isEmpty();
        press(robot, KeyCode.TAB);
        robot.write("2685");
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#nicknameLabel").startsWith("Nickname: "));
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-1-nickname");

        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paymentPane").query().isVisible());
        assertThat(text(robot, "#paymentPrice")).isEqualTo("Rp 21.600");
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-1-payment");
        press(robot, KeyCode.ENTER);

        // Read off the FX thread: wait for everything the assertions below look at.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#qrImage").queryAs(ImageView.class).getImage() != null
                && robot.lookup("#qrImage").query().isVisible() && !text(robot, "#remainingLabel").isEmpty()
                && !text(robot, "#orderStatusLabel").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keyPresses.get()).as("key presses from game search to the QR").isLessThanOrEqualTo(8);
        assertThat(text(robot, "#orderStatusLabel")).isEqualTo("Menunggu pembayaran QRIS");
        assertThat(text(robot, "#remainingLabel")).startsWith("Sisa waktu bayar ");
        var waiting = context.findOrders().inStatus(OrderStatus.WAITING_PAYMENT, 10).getFirst();
        // The QR on screen is the order's QRIS payload, readable by a phone.
        var drawn = SwingFXUtils.fromFXImage(robot.lookup("#qrImage").queryAs(ImageView.class).getImage(), null);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(drawn, "png", png);
        assertThat(Qris.decodePng(png.toByteArray())).isEqualTo(waiting.qrString());
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-2-qris");
        // The customer display follows: amount, QR and the call to pay; nothing private.
        assertThat(text(robot, "#customerHeadline")).isEqualTo("Silakan scan QRIS untuk membayar");
        assertThat(text(robot, "#customerAmount")).isEqualTo("Rp 21.600");
        assertThat(text(robot, "#customerItem")).contains("86 Diamonds");
        assertThat(robot.lookup("#customerQr").queryAs(ImageView.class).getImage()).isNotNull();
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "customer-display-qris");

        robot.type(KeyCode.F9); // the customer pays (demo): not the cashier's key press
        // Paid, while the supplier works on it (the demo supplier takes about 3 s): both screens say so.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#customerHeadline").startsWith("Pembayaran diterima"));
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "customer-display-paid");
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-2b-paid");
        // The demo supplier fails 5 % of orders from a fixed seed: this first order succeeds.
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Top-up berhasil"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#receiptLabel").startsWith("Struk disimpan"));
        assertThat(robot.lookup("#outcomeIcon").query().isVisible()).isTrue();
        assertThat(text(robot, "#receiptLabel")).as("no file path for the cashier").doesNotContain(".pdf");
        var receipt = context.config().dataDirectory().resolve("receipts").resolve(waiting.orderNumber().value() + ".pdf");
        assertThat(java.nio.file.Files.readAllBytes(receipt)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-3-done");
        assertThat(text(robot, "#customerHeadline")).isEqualTo("Top-up berhasil. Terima kasih!");
        assertThat(robot.lookup("#customerQr").query().isVisible()).isFalse();
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "customer-display-done");
        var finished = context.findOrders().byId(waiting.id()).orElseThrow();
        assertThat(finished.status()).isEqualTo(OrderStatus.SUCCESS);
        assertThat(context.vipSimulator().orElseThrow().transactions()).filteredOn(t -> t.data().equals("136216325")).hasSize(1);
        // The supplier balance the order took shows in the status bar within a refresh, not after 5 minutes.
        String balanceNow = "Saldo VIP: " + com.wmxtopup.counter.ui.common.RupiahFormat.format(
                com.wmxtopup.counter.domain.Money.rupiah(context.vipSimulator().orElseThrow().balance()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#statusBalance").equals(balanceNow));
        assertThat(balanceNow).isNotEqualTo("Saldo VIP: Rp 500.000");

        press(robot, KeyCode.ENTER); // next sale
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused());
        assertThat(robot.lookup("#gameSearch").queryTextInputControl().getText()).isEmpty();

        // The same item for the same player again: a warning, not a block.
        robot.write("legends b");
        press(robot, KeyCode.ENTER);
        robot.write("86");
        press(robot, KeyCode.ENTER);
        robot.write("136216325");
        press(robot, KeyCode.TAB);
        robot.write("2685");
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#messageLabel").startsWith("Perhatian: item yang sama"));
        assertThat(text(robot, "#messageLabel")).contains(waiting.orderNumber().value());
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paymentPane").query().isVisible());
    }

    @Test
    void aPlayerIdThatDoesNotExistIsSaidPlainly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("free fire");
        press(robot, KeyCode.ENTER);
        robot.write("100 diamonds");
        press(robot, KeyCode.ENTER);
        robot.write("012345678"); // the simulator knows no ID starting with 0
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#nicknameError").isEmpty());
        assertThat(text(robot, "#nicknameError"))
                .isEqualTo("ID pemain tidak ditemukan — periksa lagi ID (dan zona/server) dengan pelanggan.");
        press(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#targetPane").query().isVisible()).as("no payment for an unknown player").isTrue();
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-wrong-id");
    }

    @Test
    void cashSaleShowsTheChangeAndEscStepsBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("free fire");
        press(robot, KeyCode.ENTER);
        press(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#gamePane").query().isVisible()).isTrue();
        press(robot, KeyCode.ENTER);
        robot.write("100 diamonds");
        press(robot, KeyCode.ENTER);
        robot.write("123456789");
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#nicknameLabel").startsWith("Nickname: "));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        press(robot, KeyCode.ENTER);
        press(robot, KeyCode.F2);
        robot.write("10000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#cashError")).startsWith("Uang kurang");
        robot.write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#changeLabel")).startsWith("Kembalian Rp ");
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-cash-change");
        press(robot, KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#orderPane").query().isVisible());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        assertThat(robot.lookup("#qrImage").query().isVisible()).isFalse();
        assertThat(text(robot, "#orderAmountLabel")).contains("Kembalian Rp ");
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-cash");
    }

    /// Game → item → ID → nickname → QR, without assertions on the way (other tests do that).
    private String toQr(FxRobot robot, String userId) throws Exception {
        toPayment(robot, userId);
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Menunggu pembayaran QRIS"));
        return text(robot, "#orderNumberLabel").substring("No. pesanan ".length());
    }

    @Test
    void anExpiredQrIsSaidPlainlyAndNGivesANewOne(FxRobot robot) throws Exception {
        String first = toQr(robot, "223344556");
        context.midtransSimulator().orElseThrow().expireNow(first);
        // Status and message are set in one FX pulse; this thread may look in between, so wait for both.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("QRIS kedaluwarsa — belum dibayar")
                && !text(robot, "#messageLabel").isEmpty());
        assertThat(text(robot, "#messageLabel")).startsWith("QRIS tidak dibayar — pesanan ditutup.");
        assertThat(robot.lookup("#qrImage").query().isVisible()).isFalse();
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-expired");

        press(robot, KeyCode.N);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Menunggu pembayaran QRIS")
                && !text(robot, "#orderNumberLabel").endsWith(first));
        assertThat(robot.lookup("#qrImage").query().isVisible()).isTrue();
        assertThat(context.findOrders().inStatus(OrderStatus.EXPIRED, 10)).extracting(o -> o.orderNumber().value()).contains(first);
    }

    @Test
    void escCancelsAWaitingQrAfterConfirmation(FxRobot robot) throws Exception {
        String number = toQr(robot, "334455667");
        press(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cancelDialog").tryQuery().isPresent());
        var buttons = robot.from(robot.lookup("#cancelDialog").queryAs(javafx.scene.Node.class)).lookup(".button")
                .queryAllAs(javafx.scene.control.Button.class);
        assertThat(buttons).extracting(javafx.scene.control.Button::getText).as("in the screen's language")
                .containsExactlyInAnyOrder("Ya, batalkan QR", "Tidak");
        var yes = buttons.stream().filter(b -> !b.isDefaultButton()).findFirst().orElseThrow();
        robot.clickOn(yes);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Dibatalkan"));
        assertThat(context.midtransSimulator().orElseThrow().transaction(number).orElseThrow().transactionStatus()).isEqualTo("cancel");
        assertThat(context.findOrders().inStatus(OrderStatus.CANCELLED, 10)).extracting(o -> o.orderNumber().value()).contains(number);
    }

    /// A label's text read on the FX thread, between two event handlers: labels one handler
    /// updates together (status and order number) are never seen half updated.
    private static String text(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(Label.class).getText()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + query, e);
        }
    }

    private static java.util.List<String> games(FxRobot robot) {
        return robot.lookup("#gameGrid").queryAs(GameGrid.class).shownGames();
    }

    @Test
    void theGameGridIsWalkedWithTheArrowsAndTypingGoesBackToTheSearch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> games(robot).size() > 5);
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-0-games");
        var shown = games(robot);
        press(robot, KeyCode.DOWN);
        assertThat(robot.lookup("#gameGrid").query().isFocused()).isTrue();
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#itemPane").query().isVisible());
        assertThat(text(robot, "#itemGameLabel")).isEqualTo(shown.get(1));

        press(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused());
        press(robot, KeyCode.DOWN);
        robot.write("genshin"); // typed on the grid: it goes on in the search field
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gameSearch").queryTextInputControl().getText()).isEqualTo("genshin");
        assertThat(games(robot)).containsExactly("Genshin Impact");
    }

    @Test
    void aParkedQrIsFoundInRecentSalesOpenedAgainPaidAndItsReceiptPrintedAgain(FxRobot robot) throws Exception {
        String number = toQr(robot, "445566778");
        assertThat(robot.lookup("#waitingHint").query().isVisible()).isTrue();
        var stored = context.findOrders().byNumber(new com.wmxtopup.counter.domain.OrderNumber(number)).orElseThrow();

        press(robot, KeyCode.F4); // the next customer, while this QR stays open
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused());
        assertThat(text(robot, "#messageLabel")).contains(number);
        assertThat(text(robot, "#customerHeadline")).startsWith("Selamat datang");
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "customer-display-welcome");
        assertThat(games(robot).getFirst()).as("recently sold first").isEqualTo("Free Fire");
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-0-games-recent");

        press(robot, KeyCode.F3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#recentPane").query().isVisible()
                && !robot.lookup("#recentTable").queryTableView().getItems().isEmpty());
        robot.write("445566778");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#recentTable").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#receiptPreview").queryTextInputControl().getText()).contains(number, "445566778");
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-recent-unpaid");
        press(robot, KeyCode.DOWN); // into the table: its first row, whatever was viewed before
        assertThat(robot.lookup("#recentTable").queryTableView().isFocused()).isTrue();
        assertThat(robot.lookup("#recentTable").queryTableView().getSelectionModel().getSelectedIndex()).isZero();

        press(robot, KeyCode.ENTER); // opens it: the stored QR again, no new charge
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#qrImage").query().isVisible());
        assertThat(text(robot, "#orderNumberLabel")).endsWith(number);
        assertThat(text(robot, "#orderStatusLabel")).isEqualTo("Menunggu pembayaran QRIS");
        var drawn = SwingFXUtils.fromFXImage(robot.lookup("#qrImage").queryAs(ImageView.class).getImage(), null);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(drawn, "png", png);
        assertThat(Qris.decodePng(png.toByteArray())).isEqualTo(stored.qrString());
        assertThat(context.midtransSimulator().orElseThrow().transactions()).filteredOn(t -> t.orderId().equals(number)).hasSize(1);
        assertThat(text(robot, "#customerHeadline")).isEqualTo("Silakan scan QRIS untuk membayar");

        robot.type(KeyCode.F9); // the customer pays (demo)
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Top-up berhasil")
                || text(robot, "#orderStatusLabel").equals("Top-up gagal"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#receiptLabel").startsWith("Struk disimpan"));

        press(robot, KeyCode.F3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#recentPane").query().isVisible()
                && robot.lookup("#receiptPreview").queryTextInputControl().getText().contains(number)
                && !robot.lookup("#receiptPreview").queryTextInputControl().getText().contains("MENUNGGU"));
        press(robot, KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#recentMessage").startsWith("Struk disimpan"));
        assertThat(context.config().dataDirectory().resolve("receipts").resolve(number + "-salinan.pdf")).as("a reprint is a copy")
                .exists();
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-recent-receipt");
        press(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#orderPane").query().isVisible()).as("back to the sale underneath").isTrue();
    }

    /// Free Fire 100 Diamonds for `userId`, up to the payment step (nickname checked), without
    /// assertions on the way (other tests do that).
    private void toPayment(FxRobot robot, String userId) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused()
                && !games(robot).isEmpty());
        robot.write("free fire");
        press(robot, KeyCode.ENTER);
        robot.write("100 diamonds");
        press(robot, KeyCode.ENTER);
        robot.write(userId);
        press(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#nicknameLabel").startsWith("Nickname: "));
        press(robot, KeyCode.ENTER);
    }

    @Test
    void aFailedTopUpSaysWhyAndWhatToDoOnBothScreensAndOnTheReceipt(FxRobot robot) throws Exception {
        context.vipSimulator().orElseThrow().faults().nextOrderEndsInError("Stok voucher habis");
        toPayment(robot, "556677889");
        press(robot, KeyCode.F2);
        robot.write("20000");
        press(robot, KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Top-up gagal")
                && !text(robot, "#messageLabel").isEmpty());
        assertThat(text(robot, "#messageLabel")).isEqualTo(
                "Top-up gagal: Stok voucher habis. Kembalikan uang pelanggan atau minta admin mengulang pesanan.");
        assertThat(text(robot, "#customerHeadline")).isEqualTo("Top-up gagal — kasir akan membantu Anda");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#receiptLabel").startsWith("Struk disimpan"));
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-failed");
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "customer-display-failed");

        press(robot, KeyCode.F3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#receiptPreview").queryTextInputControl().getText().contains("GAGAL"));
        assertThat(robot.lookup("#receiptPreview").queryTextInputControl().getText()).contains("Stok voucher habis", "Tunai");
    }

    @Test
    void switchingLanguageMidSaleKeepsFollowingTheSale(FxRobot robot) throws Exception {
        String number = toQr(robot, "667788990");
        robot.clickOn("#englishButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Waiting for the QRIS payment"));
        assertThat(text(robot, "#orderNumberLabel")).endsWith(number);

        robot.type(KeyCode.F9); // the customer pays (demo)
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Top-up successful"));
        robot.clickOn("#indonesianButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Top-up berhasil"));
        assertThat(context.findOrders().byNumber(new com.wmxtopup.counter.domain.OrderNumber(number)).orElseThrow().status())
                .isEqualTo(OrderStatus.SUCCESS);
    }

    @Test
    void afterSwitchingLanguagesOnlyOneSaleViewIsBound(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused());
        var first = robot.lookup("#gameSearch").queryTextInputControl();
        robot.clickOn("#englishButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#indonesianButton");
        WaitForAsyncUtils.waitForFxEvents();
        var now = robot.lookup("#gameSearch").queryTextInputControl();
        assertThat(now).as("a view built for the language chosen").isNotSameAs(first);
        assertThat(desktop.liveSaleViews()).isEqualTo(1);
        robot.clickOn(now);
        robot.write("genshin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(now.getText()).isEqualTo("genshin");
        assertThat(first.getText()).as("the dropped view no longer follows the sale").isEmpty();
    }

    /// Issue 12: F2, 50000, Esc back to the game step — the next customer's payment opened on cash
    /// with the amount and change filled in, and the customer display kept the old amount.
    @Test
    void cashTypedAndLeftWithEscReachesNeitherTheNextCustomerNorTheCustomerDisplay(FxRobot robot) throws Exception {
        toPayment(robot, "123456789");
        press(robot, KeyCode.F2);
        robot.write("50000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#changeLabel")).startsWith("Kembalian Rp ");
        assertThat(text(robot, "#customerAmount")).isNotEmpty();
        press(robot, KeyCode.ESCAPE);
        press(robot, KeyCode.ESCAPE);
        press(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused());
        assertThat(robot.lookup("#gamePane").query().isVisible()).isTrue();
        assertThat(text(robot, "#customerAmount")).as("nothing of the abandoned sale under the welcome").isEmpty();
        assertThat(text(robot, "#customerItem")).isEmpty();
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "customer-display-after-esc");

        // The next customer: the search typed for the last one is cleared by the cashier, as usual.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        toPayment(robot, "223344556");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paymentPane").query().isVisible());
        assertThat(robot.lookup("#cashBox").query().isVisible()).as("QRIS, the default").isFalse();
        assertThat(robot.lookup("#cashField").queryTextInputControl().getText()).isEmpty();
        assertThat(text(robot, "#changeLabel")).isEmpty();
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), "sale-payment-after-esc");
        press(robot, KeyCode.ENTER); // the habitual Enter makes a QR, not a cash sale
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#orderStatusLabel").equals("Menunggu pembayaran QRIS"));
    }
}
