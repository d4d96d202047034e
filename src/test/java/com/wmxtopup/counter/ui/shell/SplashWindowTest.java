package com.wmxtopup.counter.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The window a cashier sees the moment the console is launched: what is being done and how far.
class SplashWindowTest {

    @Test
    void showsEachStepAndHowFarTheStartIs() throws Exception {
        FxToolkit.registerPrimaryStage();
        var splash = WaitForAsyncUtils.asyncFx(() -> {
            var window = new SplashWindow("WMX Topup Counter");
            window.step("Membuka database…", 0.05);
            window.show();
            return window;
        }).get();

        WaitForAsyncUtils.asyncFx(() -> splash.step("Menghubungkan VIP Reseller dan Midtrans…", 0.55)).get();

        var root = splash.stage().getScene().getRoot();
        assertThat(splash.stage().isShowing()).isTrue();
        assertThat(((Label) root.lookup("#splashStep")).getText()).isEqualTo("Menghubungkan VIP Reseller dan Midtrans…");
        assertThat(((ProgressBar) root.lookup("#splashProgress")).getProgress()).isEqualTo(0.55);
        WaitForAsyncUtils.asyncFx(splash::close).get();
        assertThat(splash.stage().isShowing()).isFalse();
    }
}
