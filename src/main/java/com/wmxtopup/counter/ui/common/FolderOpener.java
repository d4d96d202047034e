package com.wmxtopup.counter.ui.common;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/// Opens a folder in the computer's file manager (Explorer, Finder, the Linux desktop's own), on a
/// thread of its own: the call can take a while and must not hold the FX thread. When the desktop
/// cannot do it, `onFailure` runs on the FX thread.
public final class FolderOpener {

    private FolderOpener() {
    }

    public static void open(Path folder, Runnable onFailure) {
        Thread.ofPlatform().daemon().name("wmx-open-folder").start(() -> {
            try {
                Files.createDirectories(folder);
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Platform.runLater(onFailure);
                    return;
                }
                Desktop.getDesktop().open(folder.toFile());
            } catch (Exception | LinkageError e) {
                Platform.runLater(onFailure);
            }
        });
    }
}
