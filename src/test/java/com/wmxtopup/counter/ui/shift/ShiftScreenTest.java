package com.wmxtopup.counter.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.support.TestOperators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Kas screen on a real demo application (H2, simulators over HTTP): a cashier's day from the
/// float counted note by note, a cash sale and a payout, to the close with a count Rp 1.000 short
/// — the variance on screen and in the Z report's PDF; then an admin force-closes a shift someone
/// left open.
@ExtendWith(ApplicationExtension.class)
class ShiftScreenTest {

    private DemoWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, "shift-ui", 2);
        context = window.context();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void aShiftIsOpenedCountedAndClosedWithItsVarianceAndZReport(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitFor(() -> text(robot, "#shiftStatus").equals("Belum ada shift terbuka di konsol ini."));
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).as("nothing counted yet").isTrue();

        // The float, note by note: 1 x 100.000 + 2 x 50.000 + 10 x 1.000 coins = 210.000.
        write(robot, "#openGrid #count-NOTE_100000", "1");
        write(robot, "#openGrid #count-NOTE_50000", "2");
        write(robot, "#openGrid #count-COIN_1000", "1x");
        waitFor(() -> text(robot, "#openSum").equals("Hanya angka"));
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).as("a count that does not read").isTrue();
        write(robot, "#openGrid #count-COIN_1000", "10");
        waitFor(() -> text(robot, "#openSum").equals("Jumlah: Rp 210.000"));
        fire(robot, "#openButton");
        waitFor(() -> text(robot, "#shiftStatus").startsWith("Shift #1 terbuka sejak "));
        assertThat(text(robot, "#shiftStatus")).endsWith("oleh Owner · modal awal Rp 210.000");

        // A cash sale goes into this drawer; a payout comes out of it.
        cashSaleOf21600();
        write(robot, "#amountField", "15.000");
        write(robot, "#reasonField", "beli galon");
        fire(robot, "#recordButton");
        waitFor(() -> text(robot, "#shiftMessage").equals("Tercatat: Pengeluaran Rp 15.000."));
        fire(robot, "#refreshButton");
        // 210.000 + 21.600 − 15.000 = 216.600
        waitFor(() -> report(robot).contains("Seharusnya                            Rp 216.600"));
        assertThat(report(robot)).contains("LAPORAN X - SEMENTARA", "Tunai (1)                              Rp 21.600");
        Screenshots.save(robot.lookup("#shiftRoot").query().getScene(), "shift-open");

        // The close: counted as a total, Rp 1.000 short.
        fire(robot, "#closeTotalOnly");
        write(robot, "#closeTotal", "215600");
        waitFor(() -> text(robot, "#closePreview").equals("Seharusnya Rp 216.600 · dihitung Rp 215.600 · selisih -Rp 1.000"));
        fire(robot, "#closeButton");
        waitFor(() -> text(robot, "#shiftMessage").startsWith("Shift #1 ditutup. Selisih -Rp 1.000. Laporan Z disimpan di "));
        assertThat(text(robot, "#shiftStatus")).isEqualTo("Belum ada shift terbuka di konsol ini.");
        assertThat(report(robot)).contains("LAPORAN Z - TUTUP SHIFT", "Selisih                         -Rp 1.000 KURANG");
        Path z = window.dataDirectory().resolve("shifts").resolve("Z-1.pdf");
        assertThat(z).exists();
        try (var document = Loader.loadPDF(Files.readAllBytes(z))) {
            assertThat(new PDFTextStripper().getText(document)).contains("LAPORAN Z - TUTUP SHIFT", "Rp 216.600", "-Rp 1.000 KURANG",
                    "beli galon");
        }
        Screenshots.save(robot.lookup("#shiftRoot").query().getScene(), "shift-closed");

        // Cash is refused again until the next shift opens.
        assertThat(context.checkout().cash(new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", ""),
                Money.rupiah(50_000), TestOperators.CASHIER)).isEqualTo(new Checkout.Result.NoOpenShift());
    }

    @Test
    void anAdminForceClosesAShiftLeftOpenWithAReason(FxRobot robot) throws Exception {
        context.shiftDesk().shifts().open(TestOperators.CASHIER, CashCount.ofTotal(Money.rupiah(100_000)));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<ShiftHistoryViewModel.Row> table = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().closed()).isEqualTo("terbuka");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#forceButton").queryButton().isDisabled()).as("a reason first").isTrue();
        write(robot, "#forceReasonField", "kasir pulang tanpa tutup");
        fire(robot, "#forceButton");
        waitFor(() -> text(robot, "#shiftMessage").equals("Shift #1 ditutup paksa."));
        waitFor(() -> table.getItems().size() == 1 && table.getItems().getFirst().closed().endsWith("(paksa)"));
        assertThat(table.getItems().getFirst().counted()).isEqualTo("tidak dihitung");
        assertThat(text(robot, "#shiftStatus")).isEqualTo("Belum ada shift terbuka di konsol ini.");
        assertThat(context.shiftDesk().shifts().current()).isEmpty();
    }

    private void cashSaleOf21600() throws Exception {
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        var sale = (Checkout.Result.Created) context.checkout().cash(
                new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", ""), Money.rupiah(50_000),
                TestOperators.CASHIER);
        assertThat(sale.order().amount()).isEqualTo(Money.rupiah(21_600));
        context.wakeFulfilment();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> context.findOrders().byId(sale.order().id()).orElseThrow().status() == OrderStatus.SUCCESS);
    }

    /// Presses a button (or ticks a box) the way a click does, also when it is scrolled out of view.
    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static void write(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    private static String report(FxRobot robot) {
        return robot.lookup("#reportText").queryAs(TextArea.class).getText();
    }

    private static String text(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(Labeled.class).getText()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + query, e);
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
