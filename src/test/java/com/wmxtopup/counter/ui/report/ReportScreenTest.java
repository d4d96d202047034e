package com.wmxtopup.counter.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.SalesSeed;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Laporan screen on a real demo application whose H2 store holds five weeks of sales: the
/// owner opens it (Ctrl+4) on today beside yesterday, switches to the month, reads the totals the
/// seed tallied in Java, sees both charts, and exports the month as CSV.
@ExtendWith(ApplicationExtension.class)
class ReportScreenTest {

    private DemoWindow window;
    private AppContext context;
    private Stage stage;
    private SalesSeed seed;
    private LocalDate today;
    private double widthBefore;
    private double heightBefore;
    private final CurrentOperator signedIn = new CurrentOperator(TestOperators.OWNER);

    @TempDir
    Path exports;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = DemoWindow.show(stage, "reports-ui", 1, c -> signedIn, true, config -> {
            today = config.shopZone().dayOf(java.time.Instant.now());
            seed = SalesSeed.write(config.database(), config.shopZone(), today, 35, 24);
        });
        context = window.context();
        widthBefore = stage.getWidth();
        heightBefore = stage.getHeight();
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(700);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(widthBefore);
            stage.setHeight(heightBefore);
        });
        window.close();
    }

    @Test
    void theOwnerReadsTheDayAndTheMonthWithChartsAndExportsIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> tileValue(robot, 0) != null);

        SalesSeed.Day day = seed.on(today);
        assertThat(day.orders()).isPositive();
        assertThat(tileValue(robot, 0)).isEqualTo(ReportTexts.rupiah(day.revenue()));
        assertThat(tileValue(robot, 2)).isEqualTo(ReportTexts.rupiah(day.revenue() - day.cost()));
        assertThat(tileValue(robot, 4)).isEqualTo(Long.toString(day.orders()));
        assertThat(tilePrevious(robot, 0)).isEqualTo("sebelumnya " + ReportTexts.rupiah(seed.on(today.minusDays(1)).revenue()));
        assertThat(robot.lookup("#periodLabel").queryAs(Label.class).getText()).contains(
                com.wmxtopup.counter.ui.common.ShopDates.DAY.format(today), "WIB");
        Screenshots.save(stage.getScene(), "reports-day");

        // The month: every day of it on the line, the games as bars, the tables filled.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var kinds = (ComboBox<ReportPeriodChoice.KindChoice>) robot.lookup("#kindBox").query();
            kinds.getSelectionModel().select(2);
        });
        robot.clickOn("#showButton");
        var month = ReportPeriod.month(today);
        long revenue = 0;
        long orders = 0;
        for (LocalDate d = month.first(); !d.isAfter(today); d = d.plusDays(1)) {
            revenue += seed.on(d).revenue();
            orders += seed.on(d).orders();
        }
        String expected = ReportTexts.rupiah(revenue);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> expected.equals(tileValue(robot, 0)));
        assertThat(tileValue(robot, 4)).isEqualTo(Long.toString(orders));
        var days = robot.lookup("#dayChart").queryAs(LineChart.class);
        assertThat(days.getData()).hasSize(2);
        assertThat(((javafx.scene.chart.XYChart.Series<?, ?>) days.getData().getFirst()).getData()).hasSize((int) month.days());
        // A few of the days labelled, level (a label for every day stood them upright).
        assertThat(days.getXAxis().getTickLabelRotation()).isZero();
        var dayIndex = (javafx.scene.chart.NumberAxis) days.getXAxis();
        assertThat(dayIndex.getTickMarks()).hasSizeLessThanOrEqualTo(ReportTexts.DAY_LABELS + 1)
                .allMatch(t -> dayIndex.getTickLabelFormatter().toString(t.getValue()).matches("\\d\\d/\\d\\d"));
        var games = robot.lookup("#gameChart").queryAs(BarChart.class);
        assertThat(((javafx.scene.chart.XYChart.Series<?, ?>) games.getData().getFirst()).getData()).hasSize(5);
        // The games' names level and whole beside their bars, the biggest on top.
        var names = (CategoryAxis) games.getYAxis();
        assertThat(names.getTickLabelRotation()).isZero();
        assertThat(names.getTickMarks()).hasSize(5).allMatch(Axis.TickMark::isTextVisible);
        @SuppressWarnings("unchecked")
        var gameRows = (TableView<ReportTexts.Row>) robot.lookup("#gameTable").queryAs(TableView.class);
        assertThat(names.getCategories().getLast()).isEqualTo(ReportTexts.shortName(gameRows.getItems().getFirst().name()));
        assertThat(names.getCategories()).contains("Mobile Legends: B…");
        assertThat(robot.lookup("#gameTable").queryAs(TableView.class).getItems()).hasSize(5);
        assertThat(robot.lookup("#itemTable").queryAs(TableView.class).getItems()).hasSize(6);
        assertThat(robot.lookup("#sellerTable").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(games.getXAxis().getTickMarks()).as("rupiah ticks far enough apart to read")
                .hasSizeLessThanOrEqualTo(ReportTexts.AXIS_STEPS + 1);
        Screenshots.save(stage.getScene(), "reports-month");

        // In English the charts' words and ticks are English too.
        // Fired, not clicked: at 1366 wide the button lies beyond the headless screen's 1280.
        robot.interact(() -> robot.lookup("#englishButton").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#gameChart").tryQuery().isPresent()
                && "Revenue per game".equals(robot.lookup("#gameChart").queryAs(BarChart.class).getTitle())
                && tileValue(robot, 0) != null);
        var english = robot.lookup("#gameChart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> english.getXAxis().getTickMarks().size() > 1);
        var rupiahAxis = (javafx.scene.chart.NumberAxis) english.getXAxis();
        List<String> ticks = rupiahAxis.getTickMarks().stream().map(t -> rupiahAxis.getTickLabelFormatter().toString(t.getValue()))
                .toList();
        assertThat(ticks).filteredOn(label -> !label.equals("0")).isNotEmpty()
                .allMatch(label -> label.endsWith("k") || label.endsWith("M"));
        Screenshots.save(stage.getScene(), "reports-month-en");
        robot.interact(() -> robot.lookup("#indonesianButton").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#csvButton", "#pdfButton", "#showButton", "#kindBox")) {
            var bounds = robot.lookup(id).query().localToScene(robot.lookup(id).query().getBoundsInLocal());
            assertThat(bounds.getMaxX()).as(id).isLessThanOrEqualTo(stage.getScene().getWidth());
        }

        // The same screen with a save dialog that answers at once: the month as CSV.
        Path csv = exports.resolve("laporan.csv");
        var model = new ReportViewModel(context.reports(), new CurrentOperator(TestOperators.ADMIN), window.tasks(),
                new I18n(I18n.INDONESIAN), context.clock());
        model.choice().kindProperty().set(model.choice().kinds().get(2));
        robot.interact(() -> {
            var view = new ReportView(model, new I18n(I18n.INDONESIAN), (chooser, owner) -> Optional.of(csv));
            stage.getScene().setRoot(Fxml.load("/com/wmxtopup/counter/ui/report/ReportView.fxml",
                    new I18n(I18n.INDONESIAN).bundle(), view));
        });
        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#csvButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#csvButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(csv));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffsection,key,label");
        assertThat(text).contains("total,sold,SUCCESS," + orders + "," + revenue + ",");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Laporan disimpan ke"));
    }

    @Test
    void laporanIsOfferedOnlyToWhoMayReadIt(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#nav-reports").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reportRoot").tryQuery().isPresent());

        // A cashier takes over the console while Laporan is open: it goes, the counter opens.
        robot.interact(() -> signedIn.set(TestOperators.CASHIER));
        assertThat(robot.lookup("#nav-reports").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-reports").query().isManaged()).isFalse();
        assertThat(robot.lookup("#reportRoot").tryQuery()).isEmpty();
        assertThat(robot.lookup("#saleRoot").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-orders").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportRoot").tryQuery()).as("Ctrl+4 opens nothing for her").isEmpty();
        Screenshots.save(stage.getScene(), "reports-cashier-navigation");

        // The owner again: offered again.
        robot.interact(() -> signedIn.set(TestOperators.OWNER));
        assertThat(robot.lookup("#nav-reports").query().isVisible()).isTrue();
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reportRoot").tryQuery().isPresent());
    }

    @Test
    void aCashierIsToldTheReportsAreForAdmins(FxRobot robot) throws Exception {
        var model = new ReportViewModel(context.reports(), new CurrentOperator(TestOperators.CASHIER), window.tasks(),
                new I18n(I18n.INDONESIAN), context.clock());
        robot.interact(() -> stage.getScene().setRoot(Fxml.load("/com/wmxtopup/counter/ui/report/ReportView.fxml",
                new I18n(I18n.INDONESIAN).bundle(), new ReportView(model, new I18n(I18n.INDONESIAN)))));
        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#messageLabel").queryAs(Label.class).getText()
                .equals("Hanya admin dan pemilik yang boleh membaca laporan."));
        assertThat(robot.lookup("#tilePane").queryAs(FlowPane.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#csvButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static String tileValue(FxRobot robot, int index) {
        return tileLabel(robot, index, 1);
    }

    private static String tilePrevious(FxRobot robot, int index) {
        return tileLabel(robot, index, 2);
    }

    private static String tileLabel(FxRobot robot, int index, int line) {
        var tiles = robot.lookup("#tilePane").queryAs(FlowPane.class).getChildren();
        if (tiles.size() <= index) {
            return null;
        }
        Node label = ((VBox) tiles.get(index)).getChildren().get(line);
        return ((Label) label).getText();
    }

}
