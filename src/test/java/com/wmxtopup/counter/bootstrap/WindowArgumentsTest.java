package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/// The early reading of the command line against picocli's: where it says "surely a window",
/// picocli must accept the arguments and open one, and every option picocli knows must be sorted
/// into the window's or the others, so that a new option cannot slip past it.
class WindowArgumentsTest {

    static Stream<List<String>> windowCommandLines() {
        return Stream.of(List.of(), List.of("--demo"), List.of("--data-dir", "/srv/shop", "--port", "0"),
                List.of("--port=8080", "--config=shop.properties", "--demo"), List.of("--data-dir=C:\\Toko Saya"));
    }

    @ParameterizedTest
    @MethodSource("windowCommandLines")
    void whatItCallsSurelyAWindowPicocliAcceptsAndOpensAWindowFor(List<String> args) {
        assertThat(WindowArguments.surelyOpensWindow(args.toArray(String[]::new))).isTrue();
        var options = new CommandLineOptions();
        new CommandLine(options).setUnmatchedArgumentsAllowed(false).parseArgs(args.toArray(String[]::new));
        assertThat(options.opensWindow()).isTrue();
        assertThat(WindowArguments.mayOpenWindow(args.toArray(String[]::new))).isTrue();
    }

    @Test
    void leavesToTheParseWhatItCannotBeSureOf() {
        for (var args : List.of(List.of("--bogus"), List.of("headless"), List.of("--port", "eighty"), List.of("--port"),
                List.of("--data-dir"), List.of("--data-dir="), List.of("--data-dir", "--demo"), List.of("--demo=true"),
                List.of("--demo", "--headless"), List.of("@more-arguments.txt"), List.of("--port", "123456"),
                List.of("--backup", "shop.zip"), List.of("--version"))) {
            assertThat(WindowArguments.surelyOpensWindow(args.toArray(String[]::new))).as(args.toString()).isFalse();
        }
    }

    @Test
    void mayOpenAWindowUnlessAnOptionWithoutOneIsGiven() {
        for (String option : WindowArguments.WITHOUT_WINDOW) {
            assertThat(WindowArguments.mayOpenWindow(new String[] {"--demo", option})).as(option).isFalse();
        }
        assertThat(WindowArguments.mayOpenWindow(new String[] {"--backup=shop.zip"})).isFalse();
        assertThat(WindowArguments.mayOpenWindow(new String[] {"@more-arguments.txt"})).isTrue();
        assertThat(WindowArguments.mayOpenWindow(new String[] {"--bogus"})).isTrue();
    }

    @Test
    void everyOptionPicocliKnowsIsSortedAsTheParseSortsIt() {
        var spec = new CommandLine(new CommandLineOptions()).getCommandSpec();
        for (var option : spec.options()) {
            for (String name : option.names()) {
                var args = option.arity().min() == 0 ? new String[] {name} : new String[] {name, "1"};
                var options = new CommandLineOptions();
                var commandLine = new CommandLine(options);
                commandLine.parseArgs(args);
                boolean window = options.opensWindow() && !commandLine.isUsageHelpRequested() && !commandLine.isVersionHelpRequested();
                if (window) {
                    assertThat(option.arity().min() == 0 ? WindowArguments.WINDOW_FLAGS : WindowArguments.WINDOW_VALUES).as(name)
                            .contains(name);
                    assertThat(WindowArguments.WITHOUT_WINDOW).as(name).doesNotContain(name);
                } else {
                    assertThat(WindowArguments.WITHOUT_WINDOW).as(name).contains(name);
                }
            }
        }
    }
}
