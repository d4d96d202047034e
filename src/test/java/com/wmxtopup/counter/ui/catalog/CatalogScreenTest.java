package com.wmxtopup.counter.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.support.CatalogFixture;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The real catalog screen on the real catalog stack (VIP simulator over HTTP, H2), driven
/// through TestFX: sync with progress and the summary, search and filters, a margin rule with
/// its live preview.
@ExtendWith(ApplicationExtension.class)
class CatalogScreenTest {

    private CatalogFixture fixture;
    private FxTaskRunner tasks;
    private CatalogViewModel viewModel;
    private final List<Double> progressSeen = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        fixture = new CatalogFixture(settings -> settings.withCatalogSize(2500));
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        viewModel = new CatalogViewModel(fixture.catalog, fixture.sync,
                new com.wmxtopup.counter.ui.common.CurrentOperator(com.wmxtopup.counter.support.TestOperators.ADMIN), tasks, i18n,
                com.wmxtopup.counter.domain.ShopZone.WIB);
        viewModel.catalogSync().syncProgressProperty().addListener((obs, old, now) -> progressSeen.add(now.doubleValue()));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var scene = new Scene(
                Fxml.load("/com/wmxtopup/counter/ui/catalog/CatalogView.fxml", i18n.bundle(), new CatalogView(viewModel, i18n)),
                1280, 760);
        scene.getStylesheets().add(CatalogView.class.getResource("/com/wmxtopup/counter/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        viewModel.load();
    }

    @AfterEach
    void stop() {
        tasks.close();
        fixture.close();
    }

    /// Issue 12, item 9: a sync that changed nothing showed an empty box under the counts.
    @Test
    void aSyncThatChangedNothingShowsNoEmptyBox(FxRobot robot) throws Exception {
        fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, com.wmxtopup.counter.application.port.ProgressListener.NONE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#syncButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#syncSummary").tryQuery().isPresent());
        Node summary = robot.lookup("#syncSummary").query();
        assertThat(robot.from(summary).lookup(".label").queryAll()).extracting(n -> ((Label) n).getText()).contains("Produk baru: 0");
        assertThat(robot.lookup("#syncDetails").tryQuery()).isEmpty();
        Screenshots.save(summary.getScene(), "catalog-sync-summary-unchanged");
    }

    @Test
    void adminSyncsFiltersAndSetsAMarginWithPreview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#lastSyncLabel").equals("Belum pernah disinkronkan"));
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn("#syncButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#syncSummary").tryQuery().isPresent());
        // Progress was shown while saving 2500 products, and ended.
        assertThat(progressSeen).as("the progress bar followed the sync").isNotEmpty().allMatch(p -> p == -1 || (p >= 0 && p <= 1));
        assertThat(viewModel.catalogSync().syncingProperty().get()).isFalse();
        Node summary = robot.lookup("#syncSummary").query();
        assertThat(robot.from(summary).lookup(".label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Produk baru: 2.500", "Dihapus pemasok: 0", "Harga beli naik: 0", "Di bawah modal (tidak dijual): 0");
        assertThat(robot.lookup("#syncDetails").tryQuery()).as("what changed, item by item").isPresent();
        Screenshots.save(summary.getScene(), "catalog-sync-summary");
        Window dialog = summary.getScene().getWindow();
        assertThat(robot.from(dialog.getScene().getRoot()).lookup(".button").queryAs(Button.class).getText())
                .as("in the screen's language, not the JVM's").isEqualTo("Tutup");
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup(".button").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2500);
        assertThat(text(robot, "#countLabel")).isEqualTo("2.500 dari 2.500 produk");
        assertThat(text(robot, "#lastSyncLabel")).startsWith("Sinkron terakhir: ").endsWith("— 2.500 produk");
        Screenshots.save(robot.lookup("#catalogRoot").query().getScene(), "catalog-synced");

        robot.clickOn("#searchField").write("mlb86");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(CatalogRow::sku).containsExactly("MLB86-S1");
        assertThat(text(robot, "#countLabel")).isEqualTo("1 dari 2.500 produk");
        CatalogRow row = table(robot).getItems().getFirst();
        assertThat(row.buy()).isEqualTo("Rp 20.500");
        assertThat(row.sell()).isEqualTo("Rp 21.600");
        assertThat(row.margin()).isEqualTo("Rp 1.100");
        assertThat(row.status()).isEqualTo("Dijual");

        // Select the product: the editor switches to a product rule for it.
        robot.clickOn(robot.from(robot.lookup("#productTable").queryAs(Node.class)).lookup(".table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> "MLB86-S1".equals(cell.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.ruleEditor().ruleTargetProperty().get()).isEqualTo("MLB86-S1");
        assertThat(robot.lookup("#percentField").queryTextInputControl().getText()).isEqualTo("5");

        replaceText(robot, "#percentField", "abc");
        assertThat(text(robot, "#percentError")).startsWith("Isi persen 0 sampai 1000");
        assertThat(robot.lookup("#saveRuleButton").queryButton().isDisabled()).isTrue();

        replaceText(robot, "#percentField", "10");
        assertThat(text(robot, "#percentError")).isEmpty();
        assertThat(text(robot, "#previewSummary")).isEqualTo("Pratinjau: 1 produk akan memakai aturan ini.");
        assertThat(viewModel.ruleEditor().preview().rows()).singleElement().satisfies(preview -> {
            assertThat(preview.currentSell()).isEqualTo("Rp 21.600");
            assertThat(preview.newSell()).isEqualTo("Rp 22.600");
        });
        Screenshots.save(robot.lookup("#catalogRoot").query().getScene(), "catalog-rule-preview");
        // Nothing is saved before Save.
        assertThat(fixture.catalog.quote("MLB86-S1").orElseThrow().sell()).isEqualTo(Money.rupiah(21_600));

        robot.clickOn("#saveRuleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#messageLabel").startsWith("Aturan margin disimpan"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().getFirst().sell().equals("Rp 22.600"));
        assertThat(fixture.catalog.quote("MLB86-S1").orElseThrow().sell()).isEqualTo(Money.rupiah(22_600));
        assertThat(fixture.products.findBySku("MLB86-S1").orElseThrow().buyPrice(PriceLevel.BASIC)).isEqualTo(Money.rupiah(20_500));
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CatalogRow> table(FxRobot robot) {
        return robot.lookup("#productTable").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
