package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.OptionalInt;
import picocli.CommandLine;

/// The plain `main`: reads the command line and the configuration, then starts either the
/// window or headless mode. It does not extend `javafx.application.Application`, so headless
/// mode never loads a JavaFX class. `java -jar` enters through [JarLauncher], which gives it
/// JavaFX as named modules.
public final class Launcher {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

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
        answerJettysCacheLineQuestion();
        // Build tools pass an empty argument when no option is given (`-Dapp.args=`).
        String[] args = Arrays.stream(rawArgs).filter(a -> !a.isBlank()).toArray(String[]::new);
        // JavaFX's toolkit, the longest step to the first frame, starts before picocli parses when
        // the arguments surely open the window (WindowArguments); else once the parse says so.
        FxPlatformStart platform = WindowArguments.surelyOpensWindow(args) ? FxPlatformStart.begin() : null;
        var options = new CommandLineOptions();
        OptionalInt refused = parse(args, options, out, err);
        boolean window = refused.isEmpty() && options.opensWindow();
        if (platform != null && !window) {
            platform.abandon();
            platform = null;
        }
        if (refused.isPresent()) {
            return refused.getAsInt();
        }
        if (window && platform == null) {
            platform = FxPlatformStart.begin();
        }
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

    /// Jetty's queues pad their slots against false sharing, and to size the padding Jetty asks
    /// whether the JVM compresses its object pointers — through the platform MBean server, whose
    /// start registers every platform MBean: about 0.1 s of a start's processor time, in demo mode on
    /// its path (the simulators' Jetty gates the services). The property answers first: sixteen
    /// references per 64-byte cache line, as with compressed pointers (the JVM's default below 32 GB
    /// of heap); a wrong answer would only change the padding. Set on the command line, it wins.
    static void answerJettysCacheLineQuestion() {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
    }

    /// picocli's reading of `args` into `options`; an exit code when the start ends here (help,
    /// version, a refused command line).
    private static OptionalInt parse(String[] args, CommandLineOptions options, PrintWriter out, PrintWriter err) {
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
            return OptionalInt.of(EXIT_USAGE);
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return OptionalInt.of(EXIT_OK);
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return OptionalInt.of(EXIT_OK);
        }
        if (options.storeCommands() > 1 || (options.storeCommands() == 1 && options.headless)) {
            err.println("Give one of --backup, --restore and --migrate-to, without --headless.");
            commandLine.usage(err);
            return OptionalInt.of(EXIT_USAGE);
        }
        return OptionalInt.empty();
    }
}
