package com.wmxtopup.counter.application;

import com.wmxtopup.counter.application.port.ConsoleRunRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// This start of the application ("run"), and which other runs are alive (ADR 0009).
///
/// An order in flight — a PENDING order whose QRIS charge is being made, a SUPPLIER_REQUESTING
/// order whose request is being sent — records the run that holds it. A run renews its lease
/// every [#HEARTBEAT]; one that ended, or whose lease is older than [#LEASE], is dead, and what
/// it held is recovered by the next pass of any console. A restart ends the console's earlier
/// runs at once, so its own interrupted work is recovered within seconds, not after the lease.
public final class ConsoleRun {

    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /// Several missed heartbeats: a busy database or a long pause must not make a live run look dead.
    public static final Duration LEASE = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(ConsoleRun.class);

    private final String id = UUID.randomUUID().toString();
    private final String consoleId;
    private final String hostName;
    private final ConsoleRunRepository runs;
    private final Clock clock;

    public ConsoleRun(String consoleId, String hostName, ConsoleRunRepository runs, Clock clock) {
        this.consoleId = Objects.requireNonNull(consoleId, "consoleId");
        this.hostName = Objects.requireNonNull(hostName, "hostName");
        this.runs = runs;
        this.clock = clock;
    }

    /// The console (install) this run belongs to; the same after every restart.
    public String consoleId() {
        return consoleId;
    }

    /// The id that this run writes into the orders it holds in flight.
    public String id() {
        return id;
    }

    /// Records the start; earlier runs of this console count as dead from now on.
    public void begin() {
        runs.begin(id, consoleId, hostName, clock.instant());
        log.info("Console run {} of console {} started", id, consoleId);
    }

    /// Renews the lease (every [#HEARTBEAT], on a thread of its own: a long supplier call on the
    /// sync thread must not let the lease run out).
    public void heartbeat() {
        runs.heartbeat(id, clock.instant());
    }

    public void end() {
        runs.end(id, clock.instant());
    }

    /// What the engine may take over: an order held by `owner` is abandoned when nobody holds it
    /// or its run is dead. Read once per pass: one query for every order looked at.
    public Liveness liveness() {
        Set<String> alive = runs.aliveSince(clock.instant().minus(LEASE));
        return owner -> !owner.isEmpty() && (owner.equals(id) || alive.contains(owner));
    }

    /// Whether a run still holds what it claimed.
    @FunctionalInterface
    public interface Liveness {
        boolean isAlive(String ownerRunId);
    }
}
