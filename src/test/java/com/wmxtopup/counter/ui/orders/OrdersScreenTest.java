package com.wmxtopup.counter.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The order back office on a real demo application (H2, simulators over HTTP): a top-up the
/// supplier refused for lack of balance shows under "Perlu tindakan" with its story; after the
/// balance is topped up a retry with a reason sends it again; another one is refunded; a search
/// by order number finds it among all orders.
@ExtendWith(ApplicationExtension.class)
class OrdersScreenTest {

    private DemoWindow window;
    private AppContext context;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, "orders-ui", 2);
        context = window.context();
        tasks = window.tasks();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    /// A cash sale taken while the console still believed the balance sufficient; the supplier
    /// then refuses it for lack of balance (a definite answer: FAILED).
    private Order cashSale(String userId) {
        var created = (Checkout.Result.Created) context.checkout().cash(
                new Checkout.Request("MLB86-S1", new TopUpTarget(userId, "2685"), "", "", ""), Money.rupiah(100_000),
                com.wmxtopup.counter.support.TestOperators.CASHIER);
        return created.order();
    }

    private void awaitStatus(Order order, OrderStatus status) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.findOrders().byId(order.id()).orElseThrow().status() == status);
    }

    @Test
    void aFailedTopUpIsFoundRetriedAndAnotherRefunded(FxRobot robot) throws Exception {
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        // The drawer opens first: opening reads the supplier balance, and the console must still
        // believe it sufficient when the sales are taken.
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, com.wmxtopup.counter.support.TestOperators.CASHIER);
        var supplier = context.vipSimulator().orElseThrow();
        supplier.setBalance(1_000);
        Order first = cashSale("136216325");
        Order second = cashSale("136216326");
        context.wakeFulfilment();
        awaitStatus(first, OrderStatus.FAILED);
        awaitStatus(second, OrderStatus.FAILED);

        // The navigation counts what needs action, before the screen is opened.
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> "2".equals(text(robot, "#badge-orders")));
        assertThat(robot.lookup("#badge-orders").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<OrdersViewModel.Row> table = robot.lookup("#orderTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(text(robot, "#totalsLabel")).startsWith("2 pesanan · omzet Rp ");

        // The older one (second row: newest first) and its story.
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#detailTitle").startsWith(first.orderNumber().value()));
        assertThat(text(robot, "#detailTitle")).endsWith("Gagal");
        assertThat(text(robot, "#factsLabel")).contains("ID pemain: 136216325 (2685)").contains("bayar: Tunai");
        assertThat(robot.lookup("#historyBox").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(4);
        assertThat(robot.lookup("#retryButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#deliveredButton").queryButton().isDisabled()).as("only for NEEDS_CHECK").isTrue();
        Screenshots.save(robot.lookup("#ordersRoot").query().getScene(), "orders-failed");

        supplier.setBalance(5_000_000);
        robot.clickOn("#retryButton");
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = robot.lookup("#actionDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Kirim ulang")).findFirst().orElseThrow();
        assertThat(confirm.isDisabled()).as("no reason yet").isTrue();
        robot.clickOn("#reasonField");
        robot.write("saldo VIP sudah diisi");
        Screenshots.save(confirm.getScene(), "orders-retry-dialog");
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#detailMessage").startsWith("Selesai: pesanan sekarang"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var status = context.findOrders().byId(first.id()).orElseThrow().status();
            return status == OrderStatus.PROCESSING || status == OrderStatus.SUCCESS;
        });

        // The other one is refunded with a reason: final.
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream().filter(
                r -> r.order().id().equals(second.id())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#detailTitle").startsWith(second.orderNumber().value()));
        robot.clickOn("#refundButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reasonField");
        robot.write("pelanggan minta uang kembali");
        robot.clickOn(robot.lookup("#actionDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Refund")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> context.findOrders().byId(second.id()).orElseThrow().status() == OrderStatus.REFUNDED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#refundButton").queryButton().isDisabled());
        Screenshots.save(robot.lookup("#ordersRoot").query().getScene(), "orders-refunded");
        // A refunded sale's receipt can be printed again (a copy, saved as PDF).
        assertThat(robot.lookup("#cancelQrButton").query().isVisible()).as("only for an unpaid QR").isFalse();
        robot.clickOn("#reprintButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#detailMessage").equals("Struk salinan disimpan."));
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> text(robot, "#badge-orders").isEmpty());

        // All orders, searched by number.
        robot.clickOn("#allButton");
        robot.clickOn("#searchField").write(first.orderNumber().value().substring(13)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().getFirst().order().id().equals(first.id()));
    }

    @Test
    void aPaidQrisOrderShowsItsNotificationsAsReceived(FxRobot robot) throws Exception {
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        var created = (Checkout.Result.Created) context.checkout().qris(
                new Checkout.Request("MLB86-S1", new TopUpTarget("136216399", "2685"), "", "", ""),
                com.wmxtopup.counter.support.TestOperators.CASHIER);
        assertThat(context.demoCustomer().orElseThrow().payNewestWaitingOrder()).contains(created.order().orderNumber().value());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> context.findOrders().byId(created.order().id()).orElseThrow().status() != OrderStatus.WAITING_PAYMENT);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#allButton");
        @SuppressWarnings("unchecked")
        TableView<OrdersViewModel.Row> table = robot.lookup("#orderTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#rawNotificationsLink").query().isVisible());
        assertThat(text(robot, "#notificationsLabel")).contains("settlement");
        // Below the history, out of the detail's scrolled view at this size: fired as a click would.
        // (Not robot.interact: it would wait for the modal dialog to close.)
        var link = robot.lookup("#rawNotificationsLink").queryAs(javafx.scene.control.Hyperlink.class);
        javafx.application.Platform.runLater(link::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        var body = robot.lookup(".dialog-pane .text-area").queryAs(javafx.scene.control.TextArea.class);
        assertThat(body.getText()).contains("\"transaction_status\":\"settlement\"").contains(created.order().orderNumber().value());
        Screenshots.save(body.getScene(), "orders-notification-raw");
        robot.clickOn("Tutup");
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
