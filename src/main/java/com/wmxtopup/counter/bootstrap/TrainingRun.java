package com.wmxtopup.counter.bootstrap;

/// The installers' AOT training start (JEP 483/514, `-XX:AOTCacheOutput`): the JDK writes the cache
/// when the JVM exits normally, so the training start must end itself — a signal is not an option
/// on Windows, where stopping another process ends it at once. With `-Dwmx.exit-when-open=true`
/// the console closes its window as soon as it is open (headless: stops once it listens) and
/// exits with 0, the way a cashier closing it would.
final class TrainingRun {

    static final String EXIT_WHEN_OPEN = "wmx.exit-when-open";

    private TrainingRun() {
    }

    static boolean exitsWhenOpen() {
        return Boolean.getBoolean(EXIT_WHEN_OPEN);
    }
}
