package com.wmxtopup.counter.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.crash.CrashSettings.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The crash suite (issue 10): the headless application as a child process in live mode against
/// the VIP Reseller and Midtrans simulators, with faults on — about 30 % of settlement
/// notifications delivered twice or three times, about 10 % of supplier orders followed by a
/// fault (lost, cut or late answer, HTTP 500, an order ending in error), servers that close idle
/// keep-alive connections — is killed with SIGKILL again and again: at random moments and right
/// after each of a 201, a webhook's 200 and the supplier receiving an order. Each time it is
/// started again on the same data. At the end no more orders are made, every QR is paid, the last
/// run is left to settle and is stopped with SIGTERM; then every order is counted, on PostgreSQL
/// and (`-Dcrash.databases=h2,postgresql`, the `chaos` profile) on H2, the embedded file under
/// the data directory.
///
/// - **created**: exists at Midtrans (a charge is only made for an order) or got a 201 (cash too)
/// - **paid**: settled at Midtrans, or cash
/// - **delivered once / twice**: one (not in error) / two or more supplier transactions for its
///   player ID — every order has a player ID of its own
/// - **lost**: paid but never delivered and neither NEEDS_CHECK nor FAILED at the end, or answered
///   201 but missing from the database
/// - **unsettled**: still on its way when the settle time is over (e.g. PAID, SUPPLIER_REQUESTING,
///   paid but PENDING): a customer who paid and is still waiting
///
/// Must end with 0 lost, 0 delivered twice and 0 unsettled on every database it runs, every kind
/// of kill having happened and the last run stopping with exit code 0. `./mvnw verify` runs a
/// short version on PostgreSQL (4 kills, one of each kind, about a minute): H2 still loses an
/// order now and then (docs/crash-suite.md), so it runs in `./mvnw -Pchaos verify`, the soak
/// (`crash.minutes` per database), where that shows as a failure until it is fixed. The
/// settings are in [CrashSettings]; the seed is printed so that a run can be repeated with
/// `-Dcrash.seed=`.
class CrashSuiteTest {

    @Test
    void sigkillAtAnyMomentLosesNoOrderAndDeliversNoneTwice() {
        CrashSettings settings = CrashSettings.fromSystemProperties();
        System.out.println("crash suite: " + settings.describe());
        var results = new ArrayList<CrashRun.Result>();
        var failures = new ArrayList<String>();
        for (Database database : settings.databases()) {
            try {
                CrashRun.Result result = new CrashRun(settings, database).run();
                results.add(result);
                System.out.println(result.row());
            } catch (Exception e) {
                var trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                failures.add(database.label() + ": " + trace);
                System.out.println("crash suite " + database.label() + ": the run did not finish: " + e.getMessage());
            }
        }

        String report = report(settings, results, failures);
        System.out.println(report);

        var violations = new ArrayList<String>();
        failures.forEach(f -> violations.add("run did not finish: " + f.lines().findFirst().orElse("")));
        for (CrashRun.Result r : results) {
            String name = r.database().label() + ": ";
            if (r.lost() != 0) {
                violations.add(name + r.lost() + " order(s) lost");
            }
            if (r.deliveredTwice() != 0) {
                violations.add(name + r.deliveredTwice() + " order(s) delivered twice");
            }
            if (r.unsettled() != 0) {
                violations.add(name + r.unsettled() + " order(s) still unfinished after " + settings.settleSeconds() + " s: "
                        + r.unsettledByStatus());
            }
            if (r.created() == 0 || r.deliveredOnce() == 0) {
                violations.add(name + "no load: " + r.created() + " created, " + r.deliveredOnce() + " delivered");
            }
            r.kills().forEach((kind, count) -> {
                if (count == 0) {
                    violations.add(name + "no kill " + kind.label());
                }
            });
            if (r.exitCode() != 0) {
                violations.add(name + "exit code " + r.exitCode() + " after SIGTERM");
            }
        }
        assertThat(violations).as(report).isEmpty();
    }

    private static String report(CrashSettings settings, List<CrashRun.Result> results, List<String> failures) {
        var out = new StringBuilder("\n");
        out.append("crash suite — ").append(settings.describe()).append('\n');
        for (CrashRun.Result r : results) {
            out.append(r.row()).append('\n').append(r.killRow()).append('\n');
        }
        for (CrashRun.Result r : results) {
            out.append(r.details());
            if (!r.anomalies().isEmpty()) {
                out.append("    orders to look at (").append(r.anomalies().size()).append("):\n");
                r.anomalies().stream().limit(40).forEach(a -> out.append("      ").append(a).append('\n'));
            }
        }
        failures.forEach(f -> out.append("FAILED RUN ").append(f).append('\n'));
        return out.toString();
    }
}
