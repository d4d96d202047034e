package com.wmxtopup.counter.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Every screen on a shop's 1366×768 monitor, less a taskbar and a title bar (1366×700 of window
/// content): the controls a cashier or an owner needs are inside the window, and no amount of
/// money, order number or status is cut to "…".
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 700;

    private DemoWindow window;
    private AppContext context;
    private FxTaskRunner tasks;
    private Scene scene;
    private Stage stage;
    private double widthBefore;
    private double heightBefore;

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, "small-screen", 1);
        context = window.context();
        tasks = window.tasks();
        this.stage = stage;
        widthBefore = stage.getWidth();
        heightBefore = stage.getHeight();
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        scene = stage.getScene();
    }

    @AfterEach
    void stop(FxRobot robot) {
        // TestFX shares one stage between test classes, on a headless screen of 1280×800: wider
        // than that, the next class's clicks on the right edge would land outside the screen.
        robot.interact(() -> {
            stage.setWidth(widthBefore);
            stage.setHeight(heightBefore);
        });
        window.close();
    }

    @Test
    void everyScreenFitsAndShowsItsMoneyInFull(FxRobot robot) throws Exception {
        for (int i = 0; i < 100 && context.catalog().quote("FF5-S13").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        assertThat(scene.getWidth()).isEqualTo(WIDTH);
        assertThat(scene.getHeight()).isEqualTo(HEIGHT);
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, com.wmxtopup.counter.support.TestOperators.OWNER);

        // Kas: the report, a cash movement and the close without scrolling.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#shiftStatus").startsWith("Shift #1 terbuka"));
        Screenshots.save(scene, "small-screen-shift");
        assertInWindow(robot, "#reportText", "#printButton", "#recordButton", "#closeButton");
        assertNotCut(robot, "#shiftStatus");

        // Catalog: the rule editor's buttons without scrolling, every price and status in full.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#productTable .money-column").queryAll().isEmpty()
                && robot.lookup("#productTable .table-cell").queryAll().stream().anyMatch(c -> ((TableCell<?, ?>) c).getText() != null));
        Screenshots.save(scene, "small-screen-catalog");
        assertInWindow(robot, "#syncButton", "#saveRuleButton", "#deleteRuleButton", "#searchField", "#percentField");
        assertNotCut(robot, "#productTable .money-column");
        assertNotCut(robot, "#productTable .table-cell", "#statusColumn");

        // Counter: the game grid, the payment step with the change, the status of a cash sale.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#gameSearch").queryAs(TextField.class).requestFocus());
        robot.write("ff");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#userIdField").queryAs(TextField.class).isFocused());
        robot.write("12345678");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#nicknameLabel").isEmpty());
        Screenshots.save(scene, "small-screen-player");
        assertInWindow(robot, "#userIdField", "#nicknameLabel");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#paymentPane").query().isVisible());
        robot.type(KeyCode.F2);
        robot.write("1000000");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text(robot, "#changeLabel").isEmpty());
        Screenshots.save(scene, "small-screen-payment");
        assertInWindow(robot, "#paymentPrice", "#cashField", "#changeLabel", "#payButton");
        assertNotCut(robot, "#paymentPrice", "#changeLabel", "#paymentSummary");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#orderPane").query().isVisible()
                && !text(robot, "#orderNumberLabel").isEmpty());
        Screenshots.save(scene, "small-screen-status");
        assertInWindow(robot, "#orderAmountLabel", "#orderStatusLabel", "#orderNumberLabel");
        assertNotCut(robot, "#orderAmountLabel", "#orderStatusLabel", "#orderNumberLabel");

        // Recent sales: order number, amount and status readable.
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#recentTable .table-cell").queryAll().stream().anyMatch(c -> ((TableCell<?, ?>) c).getText() != null));
        Screenshots.save(scene, "small-screen-recent");
        assertInWindow(robot, "#recentSearch", "#recentTable");
        assertNotCut(robot, "#recentTable .money-column");
        for (String column : List.of("#recentNumber", "#recentStatus", "#recentTime")) {
            assertNotCut(robot, "#recentTable .table-cell", column);
        }
        assertWidestOrderNumberFits(robot, "#recentTable .table-cell", "#recentNumber");

        // Orders (back office): filters, export and the list with the sale just made.
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#allButton").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#orderTable .table-cell").queryAll().stream().anyMatch(c -> ((TableCell<?, ?>) c).getText() != null));
        robot.interact(() -> robot.lookup("#orderTable").queryAs(javafx.scene.control.TableView.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#detailTitle").isEmpty());
        Screenshots.save(scene, "small-screen-orders");
        assertInWindow(robot, "#needsActionButton", "#allButton", "#searchField", "#exportButton", "#orderTable", "#recheckButton",
                "#totalsLabel");
        assertNotCut(robot, "#orderTable .money-column");
        assertNotCut(robot, "#orderTable .table-cell", "#statusColumn");
        assertNotCut(robot, "#orderTable .table-cell", "#numberColumn");
        assertWidestOrderNumberFits(robot, "#orderTable .table-cell", "#numberColumn");
        assertNotCut(robot, "#totalsLabel");
    }

    private void assertInWindow(FxRobot robot, String... queries) {
        for (String query : queries) {
            Node node = robot.lookup(query).query();
            assertThat(node.isVisible()).as(query + " visible").isTrue();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertThat(bounds.getMinX()).as(query + " left edge").isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMinY()).as(query + " top edge").isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as(query + " right edge").isLessThanOrEqualTo(scene.getWidth());
            assertThat(bounds.getMaxY()).as(query + " bottom edge").isLessThanOrEqualTo(scene.getHeight());
        }
    }

    /// The text each labeled node shows is its whole text (JavaFX shows "…" in place of what does not fit).
    private static void assertNotCut(FxRobot robot, String... queries) {
        for (String query : queries) {
            assertNotCut(robot.lookup(query).queryAll().stream().toList(), query);
        }
    }

    /// The cells of one column (the column's id names it; TableView gives its cells no id).
    private static void assertNotCut(FxRobot robot, String cellQuery, String columnId) {
        List<Node> cells = new ArrayList<>();
        for (Node node : robot.lookup(cellQuery).queryAll()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && ("#" + cell.getTableColumn().getId()).equals(columnId)) {
                cells.add(cell);
            }
        }
        assertThat(cells).as("cells of " + columnId).isNotEmpty();
        assertNotCut(cells, columnId);
    }

    private static void assertNotCut(List<Node> nodes, String what) {
        int checked = 0;
        for (Node node : nodes) {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isBlank() || !labeled.isVisible()) {
                continue;
            }
            Node shown = labeled.lookup(".text");
            assertThat(shown).as(what + " renders its text").isInstanceOf(Text.class);
            assertThat(((Text) shown).getText()).as(what + " shows \"" + labeled.getText() + "\" in full").isEqualTo(labeled.getText());
            checked++;
        }
        assertThat(checked).as("something to check in " + what).isPositive();
    }

    /// Order numbers are random: the widest one the alphabet allows must fit too, not only today's.
    private static void assertWidestOrderNumberFits(FxRobot robot, String cellQuery, String columnId) {
        TableCell<?, ?> cell = robot.lookup(cellQuery).queryAll().stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && ("#" + c.getTableColumn().getId()).equals(columnId) && c.getText() != null)
                .findFirst().orElseThrow();
        var widest = new Text("WMX-20261127-WWWWWWWWWW");
        widest.setFont(cell.getFont());
        double needed = widest.getLayoutBounds().getWidth() + cell.getInsets().getLeft() + cell.getInsets().getRight();
        assertThat(cell.getTableColumn().getWidth()).as(columnId + " holds the widest order number").isGreaterThanOrEqualTo(needed);
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Labeled.class).getText();
        return text == null ? "" : text;
    }
}
