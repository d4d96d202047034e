package com.wmxtopup.counter.ui.counter;

import static com.wmxtopup.counter.ui.counter.CounterScreen.saveScreen;
import static com.wmxtopup.counter.ui.counter.CounterScreen.text;
import static com.wmxtopup.counter.ui.counter.CounterScreen.toTarget;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Issue 12, item 9: Genshin's servers showed as supplier codes (`os_asia`) with none chosen, so
/// Enter after the UID stopped at "choose a server". The box shows names, Asia already chosen.
@ExtendWith(ApplicationExtension.class)
class GenshinServerScreenTest {

    private CounterScreen counter;

    @Start
    void start(Stage stage) {
        counter = new CounterScreen(stage, "sale-genshin-server");
    }

    @AfterEach
    void stop() throws Exception {
        counter.close();
    }

    @Test
    void theServerBoxShowsNamesWithAsiaChosen(FxRobot robot) throws Exception {
        toTarget(robot, "genshin", "60", "812345678", ""); // UID and Enter, no server picked
        saveScreen(robot, "sale-genshin-server");
        ComboBox<?> box = robot.lookup("#serverBox").queryAs(ComboBox.class);
        var shown = WaitForAsyncUtils.asyncFx(() -> List.of(box.isVisible(), String.valueOf(box.getValue()),
                box.getItems().stream().map(String::valueOf).toList(), cellTexts(box))).get(5, TimeUnit.SECONDS);
        assertThat(shown.get(0)).isEqualTo(true);
        assertThat(shown.get(1)).isEqualTo("Asia");
        assertThat(shown.get(2)).isEqualTo(List.of("Asia", "Amerika", "Eropa", "TW, HK, MO"));
        assertThat(shown.get(3)).as("what the cashier reads in the box").isEqualTo(List.of("Asia"));
        assertThat(text(robot, "#nicknameLabel")).as("Enter went straight to the nickname check").startsWith("Nickname: ");
    }

    /// The texts the box's cells show (the closed box: the one chosen).
    private static List<String> cellTexts(ComboBox<?> box) {
        return box.lookupAll(".list-cell").stream().map(cell -> ((Labeled) cell).getText()).filter(Objects::nonNull).toList();
    }
}
