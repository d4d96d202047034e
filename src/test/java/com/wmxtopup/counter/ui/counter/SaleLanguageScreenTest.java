package com.wmxtopup.counter.ui.counter;

import static com.wmxtopup.counter.ui.counter.CounterScreen.assertStyled;
import static com.wmxtopup.counter.ui.counter.CounterScreen.press;
import static com.wmxtopup.counter.ui.counter.CounterScreen.saveScreen;
import static com.wmxtopup.counter.ui.counter.CounterScreen.text;
import static com.wmxtopup.counter.ui.counter.CounterScreen.toTarget;
import static com.wmxtopup.counter.ui.counter.CounterScreen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.ui.common.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Issue 12, item 8: every text follows the language chosen — also what the view models worked
/// out before the switch (a finished sale's message, status, change and order number, the list of
/// earlier sales, errors under the fields), and the buttons of the counter's dialogs.
@ExtendWith(ApplicationExtension.class)
class SaleLanguageScreenTest {

    /// What a finished sale shows, on both windows.
    private static final List<String> FINISHED_SALE = List.of("#messageLabel", "#orderStatusLabel", "#orderAmountLabel",
            "#orderNumberLabel",
            "#receiptLabel", "#doneHint", "#customerHeadline");

    private CounterScreen counter;

    @Start
    void start(Stage stage) {
        counter = new CounterScreen(stage, "sale-language");
    }

    @AfterEach
    void stop() throws Exception {
        counter.close();
    }

    private static Map<String, String> texts(FxRobot robot, List<String> queries) {
        var texts = new LinkedHashMap<String, String>();
        queries.forEach(query -> texts.put(query, text(robot, query)));
        return texts;
    }

    private static void switchTo(FxRobot robot, String button) {
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFinishedCashSaleIsInIndonesianAgainAfterEnglishAndBack(FxRobot robot) {
        toTarget(robot, "free fire", "100 diamonds", "135791357", "");
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.F2);
        robot.write("20000");
        press(robot, KeyCode.ENTER);
        waitFor(40,
                () -> text(robot, "#orderStatusLabel").equals("Top-up berhasil")
                        && text(robot, "#receiptLabel").startsWith("Struk disimpan")
                        && text(robot, "#messageLabel").startsWith("Top-up berhasil"));
        var indonesian = texts(robot, FINISHED_SALE);
        assertThat(indonesian.get("#orderAmountLabel")).contains("Kembalian Rp 4.700");
        assertThat(indonesian.get("#orderNumberLabel")).startsWith("No. pesanan ");

        switchTo(robot, "#englishButton");
        waitFor(5, () -> text(robot, "#orderStatusLabel").equals("Top-up successful"));
        assertThat(text(robot, "#messageLabel")).startsWith("Top-up successful").endsWith("Enter for the next sale.");
        assertThat(text(robot, "#orderAmountLabel")).contains("Change Rp 4.700");
        assertThat(text(robot, "#orderNumberLabel")).startsWith("Order no. ");
        assertThat(text(robot, "#receiptLabel")).startsWith("Receipt saved");
        assertThat(text(robot, "#customerHeadline")).isEqualTo("Top-up successful. Thank you!");
        saveScreen(robot, "language-finished-sale-en");

        switchTo(robot, "#indonesianButton");
        waitFor(5, () -> text(robot, "#orderStatusLabel").equals("Top-up berhasil"));
        assertThat(texts(robot, FINISHED_SALE)).as("every text as before the switches").isEqualTo(indonesian);
        assertStyled(robot, "#messageLabel", Severity.SUCCESS);
        saveScreen(robot, "language-finished-sale-id-again");

        // The earlier sales' statuses, worked out when the list was read.
        press(robot, KeyCode.F3);
        waitFor(5, () -> !robot.lookup("#recentTable").queryTableView().getItems().isEmpty());
        switchTo(robot, "#englishButton");
        switchTo(robot, "#indonesianButton");
        waitFor(5, () -> robot.lookup("#recentPane").query().isVisible());
        assertThat(robot.lookup("#recentTable").queryTableView().getItems()).extracting(r -> ((RecentSalesViewModel.Row) r).status())
                .containsExactly("Berhasil");
    }

    @Test
    void whatTheStepsSaidFollowsTheLanguageAndSoDoTheDialogsButtons(FxRobot robot) throws Exception {
        toTarget(robot, "honor of kings", "80 tokens", "2468024680", "");
        switchTo(robot, "#englishButton");
        waitFor(5, () -> text(robot, "#nicknameLabel").startsWith("This game has no nickname check"));
        switchTo(robot, "#indonesianButton");
        waitFor(5, () -> text(robot, "#nicknameLabel").startsWith("ID tidak bisa dicek"));
        robot.clickOn("#userIdField"); // the language buttons took the focus
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#paymentPane").query().isVisible());
        press(robot, KeyCode.F2);
        robot.write("1000");
        waitFor(5, () -> text(robot, "#cashError").startsWith("Uang kurang"));
        var indonesian = texts(robot, List.of("#paymentSummary", "#cashError", "#payButton"));

        switchTo(robot, "#englishButton");
        waitFor(5, () -> text(robot, "#cashError").startsWith("Not enough"));
        assertThat(text(robot, "#paymentSummary")).endsWith("For 2468024680 · nickname not checked");
        switchTo(robot, "#indonesianButton");
        waitFor(5, () -> text(robot, "#cashError").startsWith("Uang kurang"));
        assertThat(texts(robot, List.of("#paymentSummary", "#cashError", "#payButton"))).isEqualTo(indonesian);
        assertStyled(robot, "#cashError", Severity.DANGER);

        // A QR, then Esc in English: the cancel dialog's buttons are English too.
        robot.clickOn("#qrisButton");
        robot.clickOn("#payButton");
        waitFor(15, () -> text(robot, "#orderStatusLabel").equals("Menunggu pembayaran QRIS"));
        switchTo(robot, "#englishButton");
        waitFor(5, () -> text(robot, "#orderStatusLabel").equals("Waiting for the QRIS payment"));
        robot.clickOn("#orderStatusLabel");
        press(robot, KeyCode.ESCAPE);
        waitFor(5, () -> robot.lookup("#cancelDialog").tryQuery().isPresent());
        var buttons = robot.from(robot.lookup("#cancelDialog").queryAs(javafx.scene.Node.class)).lookup(".button").queryAllAs(Button.class);
        assertThat(buttons).extracting(Button::getText).containsExactlyInAnyOrder("Yes, cancel the QR", "No");
        robot.clickOn(buttons.stream().filter(Button::isDefaultButton).findFirst().orElseThrow()); // No: the QR stays
        waitFor(5, () -> robot.lookup("#cancelDialog").tryQuery().isEmpty());
    }
}
