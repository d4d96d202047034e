package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The command line, without starting anything: usage, version, bad options, bad configuration.
class LauncherTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        var loader = new ConfigLoader(env, Path.of("").toAbsolutePath(), "Linux", "/tmp/wmx-launcher-test-home");
        return Launcher.run(args, loader, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void unknownOptionPrintsUsageAndExitsWithTwo() {
        assertThat(run(Map.of(), "--bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("Usage: wmx-topup-counter");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void strayArgumentsAreRefusedToo() {
        assertThat(run(Map.of(), "headless")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage:");
    }

    @Test
    void optionWithAWrongValueExitsWithTwo() {
        assertThat(run(Map.of(), "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port").contains("eighty");
    }

    @Test
    void helpListsEveryOption() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("--headless", "--demo", "--config=FILE", "--data-dir=DIR", "--port=N", "--help", "--version");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString().strip()).matches("wmx-topup-counter \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void blankArgumentsFromBuildToolsAreIgnored() {
        assertThat(run(Map.of(), "", " ", "--version")).isZero();
    }

    @Test
    void badConfigurationIsOneLineAndExitCodeOne() {
        assertThat(run(Map.of("WEBHOOK_PORT", "abc"), "--headless")).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo(
                        "Configuration error: WEBHOOK_PORT (webhook.port): 'abc' is not a port number (0 picks a free one); use a whole number from 0 to 65535.");
    }

    @Test
    void answersJettysCacheLineQuestionUnlessTheCommandLineDid() {
        String before = System.getProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE);
        try {
            System.clearProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE);
            run(Map.of(), "--version");
            assertThat(System.getProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE)).isEqualTo("16");
            System.setProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE, "8");
            run(Map.of(), "--version");
            assertThat(System.getProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE)).isEqualTo("8");
        } finally {
            if (before == null) {
                System.clearProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE);
            } else {
                System.setProperty(Launcher.JETTY_REFERENCES_PER_CACHE_LINE, before);
            }
        }
    }
}
