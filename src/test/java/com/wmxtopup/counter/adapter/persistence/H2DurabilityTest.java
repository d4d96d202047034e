package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.support.TestApp;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/// Durable before effect on the embedded database, tested the way it fails: a process that
/// commits orders is killed with SIGKILL right after it reported a commit, and the file is
/// opened again. With the application's setup every reported commit is there; with H2's own
/// default (WRITE_DELAY 500 ms) the same kill loses the last ones — which shows that this test
/// can see a loss at all.
class H2DurabilityTest {

    private static final int COMMITS_BEFORE_KILL = 150;

    @Test
    void everyCommitThatReturnedSurvivesSigkill() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path file = TestApp.newDataDirectory("h2-durable").resolve("db");
            long reported = runAndKill(file, "durable");
            assertThat(storedOrders(file)).as("orders in the file after SIGKILL, round " + round).isGreaterThanOrEqualTo(reported);
        }
    }

    @Test
    void withH2sDefaultWriteDelayTheSameKillLosesCommits() throws Exception {
        long lost = 0;
        for (int round = 0; round < 3 && lost == 0; round++) {
            Path file = TestApp.newDataDirectory("h2-default").resolve("db");
            long reported = runAndKill(file, "h2-default");
            lost = reported - storedOrders(file);
        }
        assertThat(lost).as("commits lost with WRITE_DELAY 500 ms").isPositive();
    }

    @Test
    void forceToDiskIsAvailableOnH2() {
        Path file = TestApp.newDataDirectory("h2-sync").resolve("db");
        try (var database = Database.open(CommitLoop.settings(file))) {
            database.forceToDisk(); // CHECKPOINT SYNC: must be accepted by the H2 in use
        }
    }

    /// Runs [CommitLoop] until it reported [#COMMITS_BEFORE_KILL] commits, kills it at once and
    /// returns the highest commit it reported.
    private static long runAndKill(Path file, String mode) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = List.of(java, "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback.xml",
                CommitLoop.class.getName(), file.toString(), mode);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long reported = 0;
        var seen = new ArrayList<String>();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    reported = Long.parseLong(line.substring("committed ".length()));
                    if (reported >= COMMITS_BEFORE_KILL) {
                        process.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                        break;
                    }
                } else if (seen.size() < 50) {
                    seen.add(line);
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(reported).as("the child committed; its output: " + String.join(File.separator.equals("/") ? "\n" : "\r\n", seen))
                .isGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);
        return reported;
    }

    private static long storedOrders(Path file) {
        try (var database = Database.open(CommitLoop.settings(file))) {
            return database.sessionFactory().fromTransaction(session ->
                    session.createSelectionQuery("select count(*) from OrderEntity", Long.class).getSingleResult());
        }
    }
}
