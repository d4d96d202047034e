package com.wmxtopup.counter.ui.shell;

import com.wmxtopup.counter.ui.common.I18n;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/// The main window's view: binds to [MainViewModel] and forwards clicks; no logic of its own.
public final class MainView {

    private static final Map<Section, Ikon> ICONS = new EnumMap<>(Map.of(
            Section.COUNTER, MaterialDesignC.CASH_REGISTER,
            Section.SHIFT, MaterialDesignC.CASH_MULTIPLE,
            Section.ORDERS, MaterialDesignF.FORMAT_LIST_BULLETED,
            Section.CATALOG, MaterialDesignV.VIEW_GRID_OUTLINE,
            Section.REPORTS, MaterialDesignC.CHART_BAR,
            Section.SETTINGS, MaterialDesignS.SHIELD_KEY_OUTLINE,
            Section.USERS, org.kordamp.ikonli.materialdesign2.MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE,
            Section.AUDIT, org.kordamp.ikonli.materialdesign2.MaterialDesignH.HISTORY));

    private final MainViewModel viewModel;
    private final I18n i18n;
    private final Screens screens;
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final Map<Section, ToggleButton> navigationButtons = new EnumMap<>(Section.class);
    private final java.util.List<Runnable> unbind = new java.util.ArrayList<>();
    private final javafx.beans.value.ChangeListener<Section> sectionListener = (obs, old, now) -> showSection(now);
    private boolean sectionPending;

    @FXML
    private BorderPane root;
    @FXML
    private Label modeBadge;
    @FXML
    private javafx.scene.control.Button demoPayButton;
    @FXML
    private javafx.scene.control.Label signedInLabel;
    @FXML
    private javafx.scene.control.Button lockButton;
    @FXML
    private Label demoMessage;
    @FXML
    private ToggleButton indonesianButton;
    @FXML
    private ToggleButton englishButton;
    @FXML
    private VBox navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label statusMode;
    @FXML
    private Label statusDatabase;
    @FXML
    private Label statusDatabaseState;
    @FXML
    private Label statusDataDirectory;
    @FXML
    private Label statusBalance;
    @FXML
    private Label statusSync;
    @FXML
    private Label statusWebhook;
    @FXML
    private Label statusVersion;

    public MainView(MainViewModel viewModel, I18n i18n, Screens screens) {
        this(viewModel, i18n, screens, false);
    }

    /// @param sectionLater the section is not built with the view but by [#showSectionIfPending]
    MainView(MainViewModel viewModel, I18n i18n, Screens screens, boolean sectionLater) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.screens = screens;
        this.sectionPending = sectionLater;
    }

    @FXML
    private void initialize() {
        screens.lock().ifPresent(lock -> {
            lockButton.setVisible(true);
            lockButton.setManaged(true);
            lockButton.setOnAction(e -> lock.lock().run());
            signedInLabel.textProperty().bind(lock.signedIn());
        });
        buildNavigation();
        bindStatusBar();
        demoPayButton.setVisible(viewModel.canSimulateCustomer());
        demoPayButton.setManaged(viewModel.canSimulateCustomer());
        demoPayButton.setOnAction(e -> viewModel.customerPays());
        demoMessage.textProperty().bind(viewModel.demoMessageProperty());
        bindLanguageSwitch();
        viewModel.sectionProperty().addListener(sectionListener);
        if (!sectionPending) {
            showSection(viewModel.sectionProperty().get());
        }
        screens.notices().ifPresent(notices -> {
            javafx.beans.value.ChangeListener<com.wmxtopup.counter.ui.common.DesktopNotice> show = (obs, old, now) -> {
                if (now != null && root.getScene() != null) {
                    org.controlsfx.control.Notifications.create().owner(root.getScene().getWindow()).title(now.title()).text(now.text())
                            .hideAfter(javafx.util.Duration.seconds(10)).position(Pos.TOP_RIGHT).showWarning();
                }
            };
            notices.addListener(show);
            unbind.add(() -> notices.removeListener(show));
        });
    }

    /// Detaches this view from the long-lived view model (the window is rebuilt on a language switch).
    void dispose() {
        sectionPending = false; // a section built later would go into a view no longer shown
        viewModel.sectionProperty().removeListener(sectionListener);
        unbind.forEach(Runnable::run);
    }

    private void buildNavigation() {
        for (Section section : Section.values()) {
            var title = new Label(i18n.text(section.messageKey()));
            title.getStyleClass().add("nav-title");
            var text = new VBox(title);
            if (!screens.has(section)) {
                var soon = new Label(i18n.text("nav.comingSoon"));
                soon.getStyleClass().add("nav-coming-soon");
                text.getChildren().add(soon);
            }
            var graphic = new HBox(10, new FontIcon(ICONS.get(section)), text);
            screens.badge(section).ifPresent(count -> {
                var badge = new Label();
                badge.setId("badge-" + section.name().toLowerCase(java.util.Locale.ROOT));
                badge.getStyleClass().add("nav-badge");
                badge.textProperty().bind(count);
                badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
                var spacer = new javafx.scene.layout.Region();
                HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
                graphic.getChildren().addAll(spacer, badge);
                unbind.add(() -> {
                    badge.textProperty().unbind();
                    badge.visibleProperty().unbind();
                });
            });
            graphic.setAlignment(Pos.CENTER_LEFT);
            var button = new ToggleButton(null, graphic);
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigationGroup);
            button.setOnAction(e -> {
                viewModel.open(section);
                // A toggle group lets the user un-select; keep the open section selected.
                button.setSelected(true);
            });
            // Hidden, not only disabled: a cashier has no use for an entry that is never for her.
            button.visibleProperty().bind(viewModel.allowedProperty(section));
            button.managedProperty().bind(viewModel.allowedProperty(section));
            unbind.add(() -> {
                button.visibleProperty().unbind();
                button.managedProperty().unbind();
            });
            navigationButtons.put(section, button);
            navigation.getChildren().add(button);
        }
    }

    private void bindStatusBar() {
        modeBadge.textProperty().bind(viewModel.modeBadgeProperty());
        modeBadge.getStyleClass().add(viewModel.isDemo() ? "mode-demo" : "mode-live");
        statusMode.textProperty().bind(viewModel.modeBadgeProperty());
        var modeTip = new Tooltip();
        modeTip.textProperty().bind(viewModel.modeTooltipProperty());
        statusMode.setTooltip(modeTip);
        modeBadge.setTooltip(modeTip);
        statusDatabase.textProperty().bind(viewModel.databaseTextProperty());
        statusDatabaseState.textProperty().bind(viewModel.databaseStateTextProperty());
        viewModel.databaseStateProperty().addListener((obs, old, now) -> styleDatabaseState(now));
        styleDatabaseState(viewModel.databaseStateProperty().get());
        statusDataDirectory.textProperty().bind(viewModel.dataDirectoryTextProperty());
        var dirTip = new Tooltip();
        dirTip.textProperty().bind(viewModel.dataDirectoryTextProperty());
        statusDataDirectory.setTooltip(dirTip);
        statusVersion.textProperty().bind(viewModel.versionTextProperty());
        statusBalance.textProperty().bind(viewModel.balanceTextProperty());
        toggleStyle(statusBalance, "status-warning", viewModel.balanceLowProperty());
        statusSync.textProperty().bind(viewModel.syncTextProperty());
        statusWebhook.textProperty().bind(viewModel.webhookTextProperty());
        statusWebhook.setTooltip(new Tooltip(i18n.text("status.webhook.tooltip")));
        toggleStyle(statusSync, "status-warning", viewModel.syncFailingProperty());
    }

    private static void toggleStyle(Label label, String styleClass, javafx.beans.value.ObservableBooleanValue on) {
        Runnable apply = () -> {
            label.getStyleClass().remove(styleClass);
            if (on.get()) {
                label.getStyleClass().add(styleClass);
            }
        };
        on.addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    private void styleDatabaseState(MainViewModel.DatabaseState state) {
        statusDatabaseState.getStyleClass().removeAll("state-up", "state-down", "state-checking");
        statusDatabaseState.getStyleClass().add("state-" + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void bindLanguageSwitch() {
        var group = new ToggleGroup();
        indonesianButton.setToggleGroup(group);
        englishButton.setToggleGroup(group);
        indonesianButton.setSelected(viewModel.languageProperty().get().equals(I18n.INDONESIAN));
        englishButton.setSelected(viewModel.languageProperty().get().equals(I18n.ENGLISH));
        indonesianButton.setOnAction(e -> {
            indonesianButton.setSelected(true);
            viewModel.switchLanguage(I18n.INDONESIAN);
        });
        englishButton.setOnAction(e -> {
            englishButton.setSelected(true);
            viewModel.switchLanguage(I18n.ENGLISH);
        });
    }

    /// The section this view was built without, if it still is.
    void showSectionIfPending() {
        if (sectionPending) {
            showSection(viewModel.sectionProperty().get());
        }
    }

    private void showSection(Section section) {
        sectionPending = false;
        navigationButtons.get(section).setSelected(true);
        var screen = screens.create(section);
        if (screen.isPresent()) {
            content.getChildren().setAll(screen.get());
            return;
        }
        var icon = new FontIcon(ICONS.get(section));
        icon.getStyleClass().add("placeholder-icon");
        var title = new Label(i18n.text(section.messageKey()));
        title.getStyleClass().add("placeholder-title");
        title.setId("section-title");
        var soon = new Label(i18n.text("section.comingSoon.title"));
        soon.getStyleClass().add("placeholder-badge");
        var text = new Label(i18n.text("section.comingSoon." + section.name().toLowerCase(java.util.Locale.ROOT)));
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        var box = new VBox(14, icon, title, soon, text);
        box.setAlignment(Pos.CENTER);
        box.setId("section-placeholder");
        content.getChildren().setAll(box);
    }

    BorderPane root() {
        return root;
    }
}
