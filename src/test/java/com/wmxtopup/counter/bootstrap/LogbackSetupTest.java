package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The logging set up in code writes what logback.xml wrote: the file in the data folder's logs,
/// with its time zone and thread, and libraries quieter than the application.
class LogbackSetupTest {

    @Test
    void writesTheLogFileIntoTheGivenFolderAndQuietsTheLibraries(@TempDir Path logs) throws Exception {
        var context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's binding gives the real one
        try {
            LogbackSetup.setUp(context, logs.toString());

            context.getLogger("com.wmxtopup.counter.Example").info("Listening on http://127.0.0.1:8080");
            context.getLogger("org.flywaydb.core.Flyway").info("not written: Flyway says only warnings");
            context.getLogger("org.flywaydb.core.internal").warn("a Flyway warning");

            String written = Files.readString(logs.resolve("wmx-topup-counter.log"));
            assertThat(written).containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\[[^]]+\\] "
                    + "com.wmxtopup.counter.Example - Listening on http://127.0.0.1:8080")
                    .contains("WARN  ").contains("a Flyway warning")
                    .doesNotContain("not written");
            assertThat(context.getLogger("org.apache.pdfbox.pdmodel.font").getEffectiveLevel()).isEqualTo(Level.ERROR);
            assertThat(context.getLogger("com.wmxtopup").getEffectiveLevel()).isEqualTo(Level.INFO);
        } finally {
            context.stop();
        }
    }
}
