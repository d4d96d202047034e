package com.wmxtopup.counter.ui.counter;

import static com.wmxtopup.counter.ui.counter.CounterScreen.assertStyled;
import static com.wmxtopup.counter.ui.counter.CounterScreen.press;
import static com.wmxtopup.counter.ui.counter.CounterScreen.saveScreen;
import static com.wmxtopup.counter.ui.counter.CounterScreen.text;
import static com.wmxtopup.counter.ui.counter.CounterScreen.toTarget;
import static com.wmxtopup.counter.ui.counter.CounterScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.ui.common.Severity;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Issue 12, item 4: what needs the cashier's attention looks like it — the duplicate-sale
/// warning in the warning style, "Saldo VIP tidak cukup", "Top-up gagal", "Uang kurang" and "ID
/// tidak ditemukan" in the danger style (theme class, icon, a larger bold font on a tinted
/// panel), a success never like either — on the real window in demo mode.
@ExtendWith(ApplicationExtension.class)
class SaleWarningsScreenTest {

    private CounterScreen counter;

    @Start
    void start(Stage stage) {
        counter = new CounterScreen(stage, "sale-warnings");
    }

    @AfterEach
    void stop() throws Exception {
        counter.close();
    }

    @Test
    void theSameSaleAgainIsAWarningAndASupplierBalanceTooLowADanger(FxRobot robot) {
        toTarget(robot, "free fire", "100 diamonds", "778899001", "");
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.ENTER); // a QR for the first customer …
        waitFor(15, () -> text(robot, "#orderStatusLabel").equals("Menunggu pembayaran QRIS"));
        press(robot, KeyCode.F4); // … who pays later; the next one asks for the same item for the same ID

        toTarget(robot, "free fire", "100 diamonds", "778899001", "");
        waitFor(5, () -> text(robot, "#messageLabel").startsWith("Perhatian: item yang sama"));
        assertStyled(robot, "#messageLabel", Severity.WARNING);
        saveScreen(robot, "warning-duplicate-sale");

        // The supplier's balance, as last read, cannot cover the item: the sale stops there.
        counter.context.vipSimulator().orElseThrow().setBalance(100);
        counter.context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.ENTER);
        waitFor(15, () -> text(robot, "#messageLabel").startsWith("Saldo VIP Reseller tidak cukup"));
        assertStyled(robot, "#messageLabel", Severity.DANGER);
        assertThat(robot.lookup("#paymentPane").query().isVisible()).as("the sale waits on the payment step").isTrue();
        saveScreen(robot, "danger-supplier-balance");
    }

    @Test
    void notEnoughCashAndAnUnknownIdAreDangers(FxRobot robot) {
        toTarget(robot, "free fire", "100 diamonds", "012345678", ""); // the simulator knows no ID starting with 0
        assertThat(text(robot, "#nicknameError")).startsWith("ID pemain tidak ditemukan");
        assertStyled(robot, "#nicknameError", Severity.DANGER);
        saveScreen(robot, "danger-id-not-found");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("123456789");
        press(robot, KeyCode.ENTER);
        waitFor(10, () -> text(robot, "#nicknameLabel").startsWith("Nickname: "));
        assertThat(text(robot, "#nicknameError")).isEmpty();
        assertStyled(robot, "#nicknameLabel", Severity.SUCCESS);
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.F2);
        robot.write("10000");
        waitFor(5, () -> text(robot, "#cashError").startsWith("Uang kurang"));
        assertStyled(robot, "#cashError", Severity.DANGER);
        saveScreen(robot, "danger-not-enough-cash");
    }

    @Test
    void aFailedTopUpIsADangerAndASuccessfulOneASuccess(FxRobot robot) {
        counter.context.vipSimulator().orElseThrow().faults().nextOrderEndsInError("Stok voucher habis");
        toTarget(robot, "free fire", "100 diamonds", "889900112", "");
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.F2);
        robot.write("20000");
        press(robot, KeyCode.ENTER);
        waitFor(40, () -> text(robot, "#orderStatusLabel").equals("Top-up gagal") && !text(robot, "#messageLabel").isEmpty());
        assertThat(text(robot, "#messageLabel")).startsWith("Top-up gagal: Stok voucher habis.");
        assertStyled(robot, "#messageLabel", Severity.DANGER);
        saveScreen(robot, "danger-top-up-failed");

        press(robot, KeyCode.ENTER); // the next sale succeeds: green, never the look of a warning
        toTarget(robot, "free fire", "100 diamonds", "990011223", "");
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.F2);
        robot.write("20000");
        press(robot, KeyCode.ENTER);
        waitFor(40, () -> text(robot, "#orderStatusLabel").equals("Top-up berhasil") && !text(robot, "#messageLabel").isEmpty());
        assertStyled(robot, "#messageLabel", Severity.SUCCESS);
        saveScreen(robot, "success-top-up");
    }
}
