package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// The options of docs/configuration.md. Parsed by picocli; unknown options are an error (exit 2).
@Command(name = "wmx-topup-counter", description = "WMX Topup Counter: point-of-sale and admin console for digital top-ups.%n"
        + "Without credentials it runs in demo mode against built-in simulators.", sortOptions = false)
final class CommandLineOptions {

    @Option(names = "--headless", description = "No window: webhook receiver, local REST API and sync worker.")
    boolean headless;

    @Option(names = "--demo", description = "Use the built-in VIP Reseller and Midtrans simulators on loopback "
            + "(also the default when no credentials are configured).")
    boolean demo;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file (see config/application.properties).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded database, logs and receipts "
            + "(default: the per-user application data folder of the OS).")
    Path dataDirectory;

    @Option(names = "--port", paramLabel = "N", description = "Port of the webhook receiver / REST API (0 = any free port).")
    Integer port;

    @Option(names = "--backup", paramLabel = "FILE", description = "Write a consistent backup (a zip) of the embedded store to FILE, then exit.")
    Path backup;

    @Option(names = "--restore", paramLabel = "FILE", description = "Replace the embedded store with the backup FILE, then exit; refused "
            + "while a console uses the store.")
    Path restore;

    @Option(names = "--migrate-to", paramLabel = "URL", description = "Copy the embedded store into an empty PostgreSQL database "
            + "(URL as DATABASE_URL), verify the counts, then exit.")
    String migrateTo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    /// How many of --backup, --restore and --migrate-to are given.
    /// Whether this start opens the console window (not headless, no one-shot store command).
    boolean opensWindow() {
        return !headless && storeCommands() == 0;
    }

    int storeCommands() {
        return (backup != null ? 1 : 0) + (restore != null ? 1 : 0) + (migrateTo != null ? 1 : 0);
    }

    CommandLineOverrides overrides() {
        return new CommandLineOverrides(demo, Optional.ofNullable(configFile), Optional.ofNullable(dataDirectory),
                Optional.ofNullable(port));
    }
}
