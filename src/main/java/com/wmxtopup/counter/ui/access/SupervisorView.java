package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.ui.common.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/// The supervisor-override dialog: shown while [SupervisorViewModel] has a request pending; an
/// admin picks their name and types their PIN; the dialog stays open on a wrong PIN.
public final class SupervisorView {

    private final SupervisorViewModel viewModel;
    private final I18n i18n;
    private final Node owner;
    private Dialog<ButtonType> dialog;

    private SupervisorView(SupervisorViewModel viewModel, I18n i18n, Node owner) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.owner = owner;
    }

    /// Shows the dialog whenever a request is pending, over `owner`'s window. Returns how to stop.
    public static Runnable install(SupervisorViewModel viewModel, I18n i18n, Node owner) {
        var view = new SupervisorView(viewModel, i18n, owner);
        javafx.beans.value.ChangeListener<SupervisorViewModel.Request> listener = (obs, old, now) -> view.showOrClose(now);
        viewModel.pendingProperty().addListener(listener);
        return () -> {
            viewModel.pendingProperty().removeListener(listener);
            view.close();
        };
    }

    private void showOrClose(SupervisorViewModel.Request request) {
        if (request == null) {
            close();
            return;
        }
        if (dialog != null || owner.getScene() == null) {
            return;
        }
        dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(i18n.text("supervisor.title"));
        dialog.setHeaderText(i18n.text("supervisor.text", request.what()));
        dialog.getDialogPane().setId("supervisorDialog");
        var approve = new ButtonType(i18n.text("supervisor.approve"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(i18n.text("orders.ask.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(approve, cancel);
        var approvers = new ComboBox<>(viewModel.approvers());
        approvers.setId("approverBox");
        approvers.setMaxWidth(Double.MAX_VALUE);
        approvers.setCellFactory(list -> new PersonCell());
        approvers.setButtonCell(new PersonCell());
        javafx.collections.ListChangeListener<Person> firstApprover = change -> {
            if (approvers.getValue() == null && !viewModel.approvers().isEmpty()) {
                approvers.setValue(viewModel.approvers().getFirst());
            }
        };
        viewModel.approvers().addListener(firstApprover);
        var pin = new PasswordField();
        pin.setId("supervisorPinField");
        var message = new Label();
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        dialog.getDialogPane().setContent(new VBox(8, new Label(i18n.text("supervisor.who")), approvers,
                new Label(i18n.text("signIn.pin")), pin, message));
        var ok = dialog.getDialogPane().lookupButton(approve);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.busyProperty().get() || pin.getText().isEmpty()
                || approvers.getValue() == null, viewModel.busyProperty(), pin.textProperty(), approvers.valueProperty()));
        // The PIN is checked in the background; the dialog closes when the view model says approved.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.approve(approvers.getValue(), pin.getText());
            pin.clear();
        });
        dialog.setOnHidden(e -> {
            viewModel.approvers().removeListener(firstApprover);
            message.textProperty().unbind();
            dialog = null;
            if (viewModel.pendingProperty().get() != null) {
                viewModel.cancel();
            }
        });
        dialog.show();
        Platform.runLater(pin::requestFocus);
    }

    private void close() {
        if (dialog != null) {
            var closing = dialog;
            dialog = null;
            closing.close();
        }
    }

    private final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            setText(empty || person == null ? null : person.name() + "  ·  " + UserTexts.role(i18n, person.role()));
        }
    }
}
