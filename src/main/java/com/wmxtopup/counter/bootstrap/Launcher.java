package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/// The plain `main`: reads the command line and the configuration, then starts either the
/// window or headless mode. It does not extend `javafx.application.Application`, so headless
/// mode never loads a JavaFX class. `java -jar` enters through [JarLauncher], which gives it
/// JavaFX as named modules.
public final class Launcher {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /// `main` without `System.exit`; [JarLauncher] calls it in the application's class loader.
    static int run(String[] args) {
        return run(args, ConfigLoader.forThisProcess(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /// Everything `main` does, minus `System.exit`, for tests.
    static int run(String[] rawArgs, ConfigLoader loader, PrintWriter out, PrintWriter err) {
        // Build tools pass an empty argument when no option is given (`-Dapp.args=`).
        String[] args = Arrays.stream(rawArgs).filter(a -> !a.isBlank()).toArray(String[]::new);
        var options = new CommandLineOptions();
        var commandLine = new CommandLine(options)
                .setOut(out)
                .setErr(err)
                .setUnmatchedArgumentsAllowed(false);
        commandLine.getCommandSpec().version("wmx-topup-counter " + Version.current());
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            commandLine.usage(err);
            return EXIT_USAGE;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return EXIT_OK;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return EXIT_OK;
        }

        if (options.storeCommands() > 1 || (options.storeCommands() == 1 && options.headless)) {
            err.println("Give one of --backup, --restore and --migrate-to, without --headless.");
            commandLine.usage(err);
            return EXIT_USAGE;
        }

        // The window's toolkit starts while the configuration is read.
        FxPlatformStart platform = options.opensWindow() ? FxPlatformStart.begin() : null;
        AppConfig config;
        try {
            config = loader.load(options.overrides());
        } catch (ConfigurationException e) {
            err.println("Configuration error: " + e.getMessage());
            if (platform != null) {
                platform.abandon();
            }
            return EXIT_FAILURE;
        }
        // Must happen before the first logger is created: LogbackSetup writes to this folder.
        System.setProperty("wmx.log.dir", config.logDirectory().toString());
        if (options.storeCommands() == 1) {
            return StoreCommands.run(options, config, out, err);
        }
        // A restart from the settings reads the configuration again (the saved settings changed).
        return options.headless ? HeadlessApp.run(config) : DesktopApp.run(config, () -> loader.load(options.overrides()), platform);
    }
}
