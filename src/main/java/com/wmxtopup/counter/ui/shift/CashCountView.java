package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/// Lays a [CashCountViewModel] into the screen's grid: a field per note and coin in three columns,
/// or one total field when "total only" is ticked. Fields turn red while they hold more than digits.
final class CashCountView {

    private static final int COLUMNS = 3;

    private CashCountView() {
    }

    static void bind(CashCountViewModel model, GridPane grid, CheckBox totalOnly, TextField total, Label sum, ViewBindings bindings) {
        grid.getChildren().clear();
        int index = 0;
        for (var line : model.lines()) {
            var label = new Label(line.label());
            var field = new TextField();
            field.setId(line.fieldId());
            field.setPrefColumnCount(4);
            field.setPromptText("0");
            bindings.bindBidirectional(field.textProperty(), line.pieces());
            markInvalid(field, bindings);
            int row = index / COLUMNS;
            int column = (index % COLUMNS) * 2;
            grid.add(label, column, row);
            grid.add(field, column + 1, row);
            index++;
        }
        bindings.bindBidirectional(totalOnly.selectedProperty(), model.totalOnlyProperty());
        bindings.bindBidirectional(total.textProperty(), model.totalTextProperty());
        markInvalid(total, bindings);
        bindings.bind(grid.visibleProperty(), model.totalOnlyProperty().not());
        bindings.bind(grid.managedProperty(), model.totalOnlyProperty().not());
        bindings.bind(total.visibleProperty(), model.totalOnlyProperty());
        bindings.bind(total.managedProperty(), model.totalOnlyProperty());
        bindings.bind(sum.textProperty(), model.sumTextBinding());
    }

    private static void markInvalid(TextField field, ViewBindings bindings) {
        bindings.listen(field.textProperty(), (obs, old, now) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !CashCountViewModel.isAcceptable(now.replace(".", ""))));
    }
}
