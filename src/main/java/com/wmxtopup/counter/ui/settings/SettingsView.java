package com.wmxtopup.counter.ui.settings;

import com.wmxtopup.counter.application.settings.Setting;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/// Pengaturan: one part per section (shop, supplier, payments, webhook, sync and limits,
/// database, printer), each a grid of label, field and the field's message; the tests and the
/// webhook and printer extras under their part. Binds only: every word and decision comes from
/// the view models.
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final ConnectionTestsViewModel tests;
    private final WebhookAndPrinterViewModel extras;
    private final I18n i18n;
    private final ViewBindings bindings = new ViewBindings();
    private final List<Node> moreParts;

    @FXML
    private VBox sections;
    @FXML
    private Button saveButton;
    @FXML
    private Label noticeLabel;
    @FXML
    private Button restartButton;
    @FXML
    private VBox welcomeBox;
    @FXML
    private Button tryDemoButton;

    public SettingsView(SettingsViewModel viewModel, ConnectionTestsViewModel tests, WebhookAndPrinterViewModel extras, I18n i18n) {
        this(viewModel, tests, extras, i18n, List.of());
    }

    /// With parts of their own below the settings (the REST API tokens), saved by themselves.
    public SettingsView(SettingsViewModel viewModel, ConnectionTestsViewModel tests, WebhookAndPrinterViewModel extras, I18n i18n,
            List<Node> moreParts) {
        this.moreParts = moreParts;
        this.viewModel = viewModel;
        this.tests = tests;
        this.extras = extras;
        this.i18n = i18n;
    }

    @FXML
    void initialize() {
        for (Setting.Section section : Setting.Section.values()) {
            var part = new VBox(6);
            part.getStyleClass().add("settings-part");
            var title = new Label(i18n.text("settings.section." + section.name().toLowerCase(Locale.ROOT)));
            title.getStyleClass().add("title-4");
            var grid = new GridPane(12, 4);
            int row = 0;
            for (Setting setting : Setting.in(section)) {
                row = addField(grid, row, setting);
            }
            part.getChildren().addAll(title, grid);
            part.getChildren().addAll(extrasOf(section));
            sections.getChildren().add(part);
        }
        for (Node part : moreParts) {
            part.getStyleClass().add("settings-part");
            sections.getChildren().add(part);
        }
        bindings.bind(saveButton.disableProperty(), viewModel.canSaveBinding().not());
        saveButton.setOnAction(e -> viewModel.save());
        bindings.bind(restartButton.visibleProperty(), viewModel.restartNeededProperty());
        bindings.bind(restartButton.managedProperty(), viewModel.restartNeededProperty());
        restartButton.setOnAction(e -> viewModel.restart());
        bindings.bind(welcomeBox.visibleProperty(), viewModel.welcomeProperty());
        bindings.bind(welcomeBox.managedProperty(), viewModel.welcomeProperty());
        tryDemoButton.setOnAction(e -> viewModel.tryDemo());
        showNotice(noticeLabel, viewModel.notice());
    }

    private int addField(GridPane grid, int row, Setting setting) {
        SettingField field = viewModel.field(setting);
        var label = new Label(i18n.text(SettingsViewModel.label(setting)));
        label.setMinWidth(200);
        Node input = inputFor(setting, field);
        input.setId(idOf(setting));
        var note = new Label();
        note.getStyleClass().add("text-muted");
        bindings.bind(note.textProperty(), field.noteProperty());
        var problem = new Label();
        problem.setId(idOf(setting) + "-problem");
        problem.getStyleClass().add("danger");
        bindings.bind(problem.textProperty(), field.problemProperty());
        bindings.bind(input.disableProperty(), field.fixedProperty());
        grid.addRow(row, label, input, new VBox(problem, note));
        return row + 1;
    }

    private Node inputFor(Setting setting, SettingField field) {
        return switch (setting.kind()) {
            case YES_NO -> {
                var box = new CheckBox(i18n.text("settings.production"));
                box.setSelected(Boolean.parseBoolean(field.valueProperty().get()));
                bindings.listen(field.valueProperty(), (obs, old, now) -> box.setSelected(Boolean.parseBoolean(now)));
                box.selectedProperty().addListener((obs, old, now) -> field.valueProperty().set(Boolean.toString(now)));
                yield box;
            }
            case CHOICE -> setting == Setting.RECEIPT_PRINTER ? printerBox(field) : choiceBox(setting, field);
            default -> {
                TextField text = setting.kind() == Setting.Kind.SECRET ? new PasswordField() : new TextField();
                text.setPrefColumnCount(setting.isSecret() || setting.kind() == Setting.Kind.URL ? 32 : 20);
                if (setting.isSecret()) {
                    text.setPromptText(i18n.text("settings.secret.prompt"));
                }
                bindings.bindBidirectional(text.textProperty(), field.valueProperty());
                yield text;
            }
        };
    }

    private Node choiceBox(Setting setting, SettingField field) {
        var box = new ChoiceBox<String>();
        box.getItems().setAll(switch (setting) {
            case SHOP_TIMEZONE -> List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
            case SHOP_LANGUAGE -> List.of("id", "en");
            default -> List.of("58", "80");
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : i18n.text("settings.choice." + setting.property() + "." + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        bindings.bindBidirectional(box.valueProperty(), field.valueProperty());
        return box;
    }

    private Node printerBox(SettingField field) {
        var box = new ComboBox<String>(extras.printers());
        box.setEditable(true);
        box.setPrefWidth(280);
        box.setPromptText(i18n.text("settings.printer.prompt"));
        bindings.bindBidirectional(box.valueProperty(), field.valueProperty());
        return box;
    }

    private List<Node> extrasOf(Setting.Section section) {
        return switch (section) {
            case SUPPLIER -> List.of(testRow("testVipButton", tests::testSupplier, tests.supplierBusyProperty(), tests.supplierResult()));
            case PAYMENTS -> List.of(testRow("testMidtransButton", tests::testGateway, tests.gatewayBusyProperty(), tests.gatewayResult()));
            case DATABASE ->
                List.of(testRow("testDatabaseButton", tests::testDatabase, tests.databaseBusyProperty(), tests.databaseResult()));
            case WEBHOOK -> {
                var url = new TextField();
                url.setId("webhookUrl");
                url.setEditable(false);
                url.setPrefColumnCount(40);
                bindings.bind(url.textProperty(), extras.webhookUrlProperty());
                var last = new Label();
                last.setId("lastNotification");
                showNotice(last, extras.lastNotification());
                yield List.of(new HBox(12, new Label(i18n.text("settings.webhook.url")), url), last);
            }
            case PRINTER -> {
                var button = new Button(i18n.text("settings.printer.test"));
                button.setId("testPrintButton");
                button.setOnAction(e -> extras.testPrint());
                var result = new Label();
                showNotice(result, extras.printResult());
                yield List.of(new HBox(12, button, result));
            }
            default -> List.of();
        };
    }

    private HBox testRow(String id, Runnable action, ObservableBooleanValue busy, NoticeLine result) {
        var button = new Button(i18n.text("settings.test"));
        button.setId(id);
        button.setOnAction(e -> action.run());
        bindings.bind(button.disableProperty(), javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy));
        var label = new Label();
        label.setId(id.replace("Button", "Result"));
        label.setWrapText(true);
        label.setMaxWidth(900);
        showNotice(label, result);
        return new HBox(12, button, label);
    }

    private void showNotice(Label label, NoticeLine line) {
        bindings.bind(label.textProperty(), line.textProperty());
        NoticeStyle.follow(label, line.severityProperty(), bindings);
    }

    static String idOf(Setting setting) {
        return "setting-" + setting.property().replace('.', '-');
    }

    /// Undoes every binding (the language changed, or the window closes).
    public void dispose() {
        bindings.dispose();
    }
}
