package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.support.TestApp;
import java.io.BufferedReader;
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
        for (int round = 0; round < 2; round++) {
            Path file = TestApp.newDataDirectory("h2-durable").resolve("db");
            long reported = runAndKill(file, "durable");
            assertThat(storedOrders(file)).as("orders in the file after SIGKILL, round " + round).isGreaterThanOrEqualTo(reported);
        }
    }

    @Test
    void commitsMadeSoonAfterARestartSurviveTheNextKillToo() throws Exception {
        // Killed again a moment after it came back (a cashier who restarts into another crash): the
        // file opened after a crash must keep what is committed from then on as well.
        Path file = TestApp.newDataDirectory("h2-durable-restarts").resolve("db");
        var reportedTotal = new java.util.HashMap<Integer, Long>();
        for (int restart = 0; restart < 4; restart++) {
            long reported = runAndKill(file, "durable", 5 + restart, restart);
            var stored = storedNumbers(file);
            for (int earlier = 0; earlier <= restart; earlier++) {
                long last = earlier == restart ? reported : reportedTotal.get(earlier);
                for (long n = 1; n <= last; n++) {
                    assertThat(stored).as("after restart " + restart + ": commit " + n + " of run " + earlier)
                            .contains("LOOP-" + earlier + "-" + n);
                }
            }
            reportedTotal.put(restart, reported);
        }
    }

    @Test
    void theMoneyPathSurvivesKillsSoonAfterRestarts() throws Exception {
        // Four orders on their way at once, as a busy console has (webhooks, sync, the counter).
        Path file = TestApp.newDataDirectory("h2-durable-money").resolve("db");
        var reportedTotal = new java.util.HashMap<Integer, Long>();
        int restarts = 5;
        for (int restart = 0; restart < restarts; restart++) {
            // Killed again and again without a clean open in between, as a crashing console is.
            reportedTotal.putAll(runAndKillThreads(file, "money-path", 4, restart, 12 + restart * 3));
        }
        {
            int restart = restarts;
            try (var database = Database.open(CommitLoop.settings(file))) {
                var orders = new JdbcOrderRepository(database.jdbc());
                for (var entry : reportedTotal.entrySet()) {
                    for (long n = 1; n <= entry.getValue(); n++) {
                        var order = orders.findByNumber(new com.wmxtopup.counter.domain.OrderNumber("PATH-" + entry.getKey() + "-" + n));

                        assertThat(order).as("after restart " + restart + ": order " + n + " of run " + entry.getKey()).isPresent();
                        assertThat(order.get().status()).as("after restart " + restart + ": order " + n + " of run " + entry.getKey())
                                .isEqualTo(com.wmxtopup.counter.domain.OrderStatus.SUPPLIER_REQUESTING);
                    }
                }
            }
        }
    }

    @Test
    void everyCommitOfSeveralThreadsSurvivesSigkill() throws Exception {
        // The web server, the sync thread and the screens commit at the same time: a commit that
        // returned while another thread was writing must be in the file too.
        for (int round = 0; round < 2; round++) {
            Path file = TestApp.newDataDirectory("h2-durable-threads").resolve("db");
            var reported = runAndKillThreads(file, "durable", 4);
            var stored = storedNumbers(file);
            reported.forEach((thread, last) -> {
                for (long n = 1; n <= last; n++) {
                    assertThat(stored).as("round, thread " + thread).contains("LOOP-" + thread + "-" + n);
                }
            });
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
        return runAndKill(file, mode, COMMITS_BEFORE_KILL, 0);
    }

    /// As above, killing after `commits` commits; the child names its orders `LOOP-<run>-<n>`.
    private static long runAndKill(Path file, String mode, int commits, int run) throws Exception {
        return runAndKillThreads(file, mode, 1, run, commits).get(run);
    }

    /// Like [#runAndKill] with `threads` committing threads; the highest commit each reported.
    private static java.util.Map<Integer, Long> runAndKillThreads(Path file, String mode, int threads) throws Exception {
        return runAndKillThreads(file, mode, threads, 0, COMMITS_BEFORE_KILL * 2);
    }

    /// Runs [CommitLoop] with `threads` threads (numbered from `run`) and kills it with SIGKILL as
    /// soon as it reported `killAfter` commits in all; the highest commit each thread reported.
    private static java.util.Map<Integer, Long> runAndKillThreads(Path file, String mode, int threads, int run, int killAfter)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = List.of(java, "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-test.xml",
                CommitLoop.class.getName(), file.toString(), mode, Integer.toString(threads), Integer.toString(run));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var reported = new java.util.HashMap<Integer, Long>();
        var seen = new ArrayList<String>();
        long total = 0;
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    String[] parts = line.split(" ");
                    reported.merge(Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Math::max);
                    if (++total >= killAfter) {
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
        assertThat(total).as("the child committed; its output: " + String.join("\n", seen)).isGreaterThanOrEqualTo(killAfter);
        return reported;
    }

    private static java.util.Set<String> storedNumbers(Path file) {
        try (var database = Database.open(CommitLoop.settings(file))) {
            return new java.util.HashSet<>(database.jdbc().fromTransaction(
                    tx -> tx.sql("SELECT order_number FROM orders").list(r -> r.string(1))));
        }
    }

    private static long storedOrders(Path file) {
        try (var database = Database.open(CommitLoop.settings(file))) {
            return database.jdbc().fromTransaction(
                    tx -> tx.sql("SELECT COUNT(*) FROM orders").single(r -> r.longValue(1)));
        }
    }
}
