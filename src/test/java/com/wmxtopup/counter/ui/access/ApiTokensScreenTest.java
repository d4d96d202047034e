package com.wmxtopup.counter.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.Screenshots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The owner creates a REST token in Pengaturan, the REST API (real Jetty, real HTTP) accepts it,
/// and after it is revoked refuses it.
@ExtendWith(ApplicationExtension.class)
class ApiTokensScreenTest {

    private DemoWindow window;
    private AppContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, "tokens-ui", 2);
        context = window.context();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private int servicesStatus(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.webPort() + "/api/services"))
                .header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aTokenCreatedInTheSettingsOpensTheApiUntilRevoked(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tokensRoot").tryQuery().isPresent());
        var name = robot.lookup("#tokensRoot #nameField").queryAs(TextField.class);
        robot.interact(() -> name.setText("Toko online"));
        robot.interact(() -> robot.lookup("#tokensRoot #createButton").queryButton().fire());
        var secret = robot.lookup("#secretField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> secret.getText().startsWith("wmx_"));
        @SuppressWarnings("unchecked")
        TableView<ApiTokensViewModel.Row> table = robot.lookup("#tokenTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().ending()).isEqualTo("…" + secret.getText().substring(secret.getText().length() - 4));
        robot.interact(() -> robot.lookup("#tokensRoot").query().getParent().layout());
        Screenshots.save(table.getScene(), "settings-api-tokens");

        String token = secret.getText();
        assertThat(servicesStatus(token)).isEqualTo(200);
        assertThat(servicesStatus("wmx_not-a-token")).isEqualTo(401);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#revokeButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(secret.getText()).as("shown once, gone after the next action").isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> servicesStatus(token) == 401);
    }
}
