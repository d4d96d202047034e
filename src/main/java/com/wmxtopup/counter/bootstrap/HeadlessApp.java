package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.bootstrap.config.AppConfig;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/// `--headless`: the webhook receiver, REST API and sync worker without any JavaFX class.
/// SIGTERM and SIGINT shut down in order and exit with 0.
final class HeadlessApp {

    private HeadlessApp() {
    }

    static int run(AppConfig config) {
        Logger log = LoggerFactory.getLogger(HeadlessApp.class);
        var stopRequested = new CountDownLatch(1);
        // Handling the signals ourselves (instead of a shutdown hook) lets the process finish its
        // orderly shutdown and exit with 0, as scripts and service managers expect.
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                log.info("Received SIG{}, stopping", signal.getName());
                stopRequested.countDown();
            });
        }
        AppContext context;
        try {
            context = AppContext.start(config);
        } catch (RuntimeException e) {
            var explanation = StartupFailures.explain(e);
            if (explanation.isPresent()) {
                log.error("Cannot start: {}", explanation.get());
            } else {
                log.error("Cannot start", e);
            }
            return Launcher.EXIT_FAILURE;
        }
        try (context) {
            log.info("Listening on http://{}:{}", context.webHost(), context.webPort());
            if (TrainingRun.exitsWhenOpen()) {
                log.info("Training start: stopping");
                stopRequested.countDown();
            }
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Launcher.EXIT_OK;
    }
}
