package com.wmxtopup.counter.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/// Saves what a scene shows as a PNG under target/screenshots, so people can look at the screens
/// the tests drove. May be called from the test thread; the snapshot is taken on the FX thread.
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            var image = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }
}
