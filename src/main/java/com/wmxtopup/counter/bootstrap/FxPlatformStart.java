package com.wmxtopup.counter.bootstrap;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;

/// JavaFX started on a thread of its own as soon as the command line says a window will open,
/// while the configuration is read (and then the database opens): the toolkit's start is the
/// largest part of the time to the first frame. Nothing here logs: the log folder is known only
/// once the configuration is read, and the first logger fixes it.
final class FxPlatformStart {

    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private FxPlatformStart() {
    }

    static FxPlatformStart begin() {
        var start = new FxPlatformStart();
        Thread.ofPlatform().name("wmx-fx-start").daemon().start(() -> {
            try {
                Platform.startup(() -> {
                    // The platform outlives a window closed for a restart; Platform.exit ends it.
                    Platform.setImplicitExit(false);
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    start.started.complete(null);
                });
            } catch (RuntimeException | Error e) {
                // No display, no GTK: said by the window's start, once logging is set up.
                start.started.completeExceptionally(e);
            }
        });
        return start;
    }

    /// Completes on the JavaFX thread once the platform runs; fails when it cannot start.
    CompletableFuture<Void> started() {
        return started;
    }

    /// No window after all (the configuration was refused): the platform is ended again.
    void abandon() {
        started.thenRun(Platform::exit);
    }
}
