package com.wmxtopup.counter.bootstrap;

import java.util.Arrays;
import java.util.Set;

/// What a command line means for the window, read before picocli parses it.
///
/// [JarLauncher] decides on it whether to give the application JavaFX at all, and [Launcher]
/// whether JavaFX's toolkit — the longest step to the first frame — starts before the parse: with
/// the AOT cache picocli's parse takes about 0.15 s of a start (its classes are bytecode too old
/// for the cache to hold). picocli stays the authority; these readings only say early what it will
/// say, and where they cannot be sure they leave it to the parse.
final class WindowArguments {

    /// Options after which no window opens.
    static final Set<String> WITHOUT_WINDOW = Set.of("--headless", "--backup", "--restore", "--migrate-to", "--help", "-h",
            "--version", "-V");
    /// The window's options without a value, and those with one (`--name value` or `--name=value`).
    static final Set<String> WINDOW_FLAGS = Set.of("--demo");
    static final Set<String> WINDOW_VALUES = Set.of("--config", "--data-dir", "--port");

    private WindowArguments() {
    }

    /// False only when an option that opens no window is given: anything else may open one.
    static boolean mayOpenWindow(String[] args) {
        return Arrays.stream(args).map(arg -> arg.split("=", 2)[0]).noneMatch(WITHOUT_WINDOW::contains);
    }

    /// True only when picocli will accept every argument and open the window: the window's options
    /// alone, each value given and a port a number. Anything else — an argument file, a typo, a
    /// one-shot command — is left to the parse.
    static boolean surelyOpensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String[] nameAndValue = args[i].split("=", 2);
            String name = nameAndValue[0];
            if (WINDOW_FLAGS.contains(name) && nameAndValue.length == 1) {
                continue;
            }
            if (!WINDOW_VALUES.contains(name)) {
                return false;
            }
            String value;
            if (nameAndValue.length == 2) {
                value = nameAndValue[1];
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return false;
            }
            if (value.isBlank() || value.startsWith("-") || (name.equals("--port") && !isPort(value))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPort(String value) {
        return value.chars().allMatch(Character::isDigit) && value.length() <= 5;
    }
}
