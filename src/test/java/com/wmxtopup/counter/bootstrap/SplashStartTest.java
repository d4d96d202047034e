package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.ui.common.I18n;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The splash opens on the JavaFX thread however the race between JavaFX's start (begun while the
/// configuration is read) and the start-up's main thread goes.
@ExtendWith(ApplicationExtension.class)
class SplashStartTest {

    private final I18n i18n = new I18n(I18n.INDONESIAN);

    @Start
    void start(Stage stage) {
        // The platform runs already: the case where JavaFX's start won the race.
    }

    @Test
    void aPlatformThatStartedFirstStillGetsItsSplashOnTheJavaFxThread() throws Exception {
        var splash = DesktopApp.openSplash(CompletableFuture.completedFuture(null), i18n);

        assertThat(splashesShowing()).isEqualTo(1);
        Platform.runLater(splash::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(splashesShowing()).isZero();
    }

    @Test
    void aPlatformStartingLaterShowsItOnceItRuns() throws Exception {
        var started = new CompletableFuture<Void>();
        var opened = CompletableFuture.supplyAsync(() -> DesktopApp.openSplash(started, i18n));
        Thread.sleep(200);
        assertThat(opened).isNotDone();

        started.complete(null);
        var splash = opened.get();
        assertThat(splashesShowing()).isEqualTo(1);
        Platform.runLater(splash::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noDisplayIsOneSentenceForTheLog() {
        assertThatThrownBy(() -> DesktopApp.openSplash(
                CompletableFuture.failedFuture(new UnsupportedOperationException("Unable to open DISPLAY")), i18n))
                .isInstanceOf(IllegalStateException.class).hasMessage("Unable to open DISPLAY");
    }

    private static long splashesShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() != null
                        && "splash".equals(window.getScene().getRoot().getId()))
                .count()).get();
    }
}
