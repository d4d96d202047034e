package com.wmxtopup.counter.ui.counter;

import static com.wmxtopup.counter.ui.counter.CounterScreen.assertStyled;
import static com.wmxtopup.counter.ui.counter.CounterScreen.press;
import static com.wmxtopup.counter.ui.counter.CounterScreen.saveScreen;
import static com.wmxtopup.counter.ui.counter.CounterScreen.text;
import static com.wmxtopup.counter.ui.counter.CounterScreen.toTarget;
import static com.wmxtopup.counter.ui.counter.CounterScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.Severity;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Issue 12, item 5: a game without a nickname check (Honor of Kings) must not look verified. The
/// screen says in the warning style that the ID could not be checked and asks the cashier to read
/// it back; no stand-in text is stored as the order's nickname or printed as one.
@ExtendWith(ApplicationExtension.class)
class UncheckedIdScreenTest {

    private CounterScreen counter;

    @Start
    void start(Stage stage) {
        counter = new CounterScreen(stage, "sale-unchecked-id");
    }

    @AfterEach
    void stop() throws Exception {
        counter.close();
    }

    @Test
    void anIdNobodyCouldCheckIsSaidPlainlyAndNeverStoredOrPrintedAsANickname(FxRobot robot) {
        toTarget(robot, "honor of kings", "80 tokens", "5566778899", "");
        assertThat(text(robot, "#nicknameLabel")).as("not a nickname, not green")
                .isEqualTo("ID tidak bisa dicek untuk game ini (tanpa cek nickname) — bacakan ID 5566778899 ke pelanggan dan"
                        + " pastikan benar sebelum lanjut.")
                .doesNotStartWith("Nickname");
        assertStyled(robot, "#nicknameLabel", Severity.WARNING);
        saveScreen(robot, "unchecked-id-target");

        press(robot, KeyCode.ENTER); // the cashier has read the ID back: on to payment
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        assertThat(text(robot, "#paymentSummary")).endsWith("Untuk 5566778899 · nickname tidak dicek");
        press(robot, KeyCode.F2);
        robot.write("100000");
        press(robot, KeyCode.ENTER);
        waitFor(40, () -> text(robot, "#receiptLabel").startsWith("Struk disimpan"));
        String number = text(robot, "#orderNumberLabel").substring("No. pesanan ".length());
        assertThat(text(robot, "#orderItemLabel")).endsWith("\n5566778899");
        assertThat(text(robot, "#customerItem")).doesNotContain("(").doesNotContain("cek");

        var order = counter.context.findOrders().byNumber(new OrderNumber(number)).orElseThrow();
        assertThat(order.nickname()).as("nothing stored as the nickname").isEmpty();

        press(robot, KeyCode.F3); // the receipt as printed
        waitFor(5, () -> robot.lookup("#receiptPreview").queryTextInputControl().getText().contains(number));
        String receipt = robot.lookup("#receiptPreview").queryTextInputControl().getText();
        assertThat(receipt.lines().filter(line -> line.startsWith("Nickname"))).singleElement().asString().endsWith(" tidak dicek");
        assertThat(receipt).contains("5566778899").doesNotContain("tanpa cek nickname");
        saveScreen(robot, "unchecked-id-receipt");
        Screenshots.save(robot.lookup("#customerHeadline").query().getScene(), "unchecked-id-customer-display");
    }
}
