package com.wmxtopup.counter.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.util.Map;
import org.slf4j.Logger;

/// The console's logging, set up in code (found by Logback through `META-INF/services`): reading
/// a `logback.xml` cost 0.3–1.5 s of the start on the 2-core machine, before anything was on
/// screen. Lines go to the console and to `<data dir>/logs/wmx-topup-counter.log` (the launcher sets
/// `wmx.log.dir` before the first logger), rolled daily and at 20 MB, 30 days and 1 GB kept.
///
/// A file named with `-Dlogback.configurationFile=…`, or a `logback-test.xml` on the class path
/// (the tests'), is used instead.
public final class LogbackSetup extends ContextAwareBase implements Configurator {

    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} - %msg%n";
    /// Libraries that say too much at INFO. PDFBox warns on every receipt when the OS lacks
    /// Helvetica and it uses its bundled font.
    static final Map<String, Level> QUIETER = Map.of("org.flywaydb", Level.WARN, "com.zaxxer.hikari", Level.WARN,
            "org.eclipse.jetty", Level.WARN, "org.apache.pdfbox.pdmodel.font", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || LogbackSetup.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        setUp(context, System.getProperty("wmx.log.dir", "logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /// The appenders and levels, writing the file into `folder`.
    static void setUp(LoggerContext context, String folder) {

        var console = new ConsoleAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        var file = new RollingFileAppender<ILoggingEvent>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/wmx-topup-counter.log");
        var rolling = new SizeAndTimeBasedRollingPolicy<ILoggingEvent>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/wmx-topup-counter.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("20MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("1GB"));
        file.setRollingPolicy(rolling);
        rolling.start();
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        root.addAppender(file);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
