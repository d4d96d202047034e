package com.wmxtopup.counter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/// A TCP relay on 127.0.0.1 in front of a simulator that closes keep-alive connections left idle
/// for longer than `idleClose`, like Apache (`KeepAliveTimeout`, 5 s by default) or nginx in front
/// of a real API. "Idle" means between requests: the last bytes went from the server to the client
/// (or nothing was sent yet). A connection waiting for an answer is never closed, so a held-back
/// answer still comes as late as the simulator wants.
///
/// The race a real server has is kept: bytes that arrive while the relay closes the connection are
/// dropped and never forwarded — the client wrote a request onto a connection the server had
/// already given up, and gets no answer although the request never arrived.
///
/// Stands in for `VipResellerSimulatorSettings.withIdleCloseSeconds` and
/// `MidtransSimulatorSettings.withIdleCloseSeconds` until they exist (see [SimulatorHooks]).
public final class IdleClosingProxy implements AutoCloseable {

    private static final int BUFFER = 16 * 1024;

    private final String name;
    private final int targetPort;
    private final long idleCloseNanos;
    private final ServerSocket listener;
    private final Set<Pair> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong closedIdle = new AtomicLong();
    private final AtomicLong droppedRequests = new AtomicLong();
    private volatile boolean closed;

    private IdleClosingProxy(String name, int targetPort, Duration idleClose) throws IOException {
        this.name = name;
        this.targetPort = targetPort;
        this.idleCloseNanos = idleClose.toNanos();
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.reaper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name + "-reaper").daemon().factory());
    }

    /// Relays 127.0.0.1:<new port> to 127.0.0.1:`targetPort`.
    public static IdleClosingProxy start(String name, int targetPort, Duration idleClose) {
        if (idleClose.isNegative() || idleClose.isZero()) {
            throw new IllegalArgumentException("idle close must be positive: " + idleClose);
        }
        try {
            var proxy = new IdleClosingProxy(name, targetPort, idleClose);
            Thread.ofPlatform().name(name + "-accept").daemon().start(proxy::acceptLoop);
            long tick = Math.max(10, Math.min(100, idleClose.toMillis() / 10));
            proxy.reaper.scheduleWithFixedDelay(proxy::closeIdle, tick, tick, TimeUnit.MILLISECONDS);
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException(name + " could not listen", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /// Connections accepted so far.
    public long accepted() {
        return accepted.get();
    }

    /// Keep-alive connections closed for being idle.
    public long closedIdle() {
        return closedIdle.get();
    }

    /// Requests (or parts of them) that had arrived on a connection when it was closed, or arrived
    /// while it was being closed, and were dropped. Requests written after the close are not counted.
    public long droppedRequests() {
        return droppedRequests.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    // Nothing sensible to do but stop relaying; the client sees refused connections.
                    closed = true;
                }
                return;
            }
            accepted.incrementAndGet();
            try {
                client.setTcpNoDelay(true);
                var server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                server.setTcpNoDelay(true);
                var pair = new Pair(client, server);
                open.add(pair);
                Thread.ofVirtual().name(name + "-up").start(() -> pair.pump(client, server, true));
                Thread.ofVirtual().name(name + "-down").start(() -> pair.pump(server, client, false));
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void closeIdle() {
        long now = System.nanoTime();
        for (Pair pair : open) {
            pair.closeIfIdle(now);
        }
    }

    /// One client connection and its connection to the simulator.
    private final class Pair {
        private final Socket client;
        private final Socket server;
        /// Guarded by `this`.
        private long lastActivity = System.nanoTime();
        /// Guarded by `this`: the last bytes went client → server, an answer is outstanding.
        private boolean awaitingAnswer;
        /// Guarded by `this`.
        private boolean shut;

        Pair(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to, boolean upstream) {
            byte[] buffer = new byte[BUFFER];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (this) {
                        if (shut) {
                            if (upstream) {
                                droppedRequests.incrementAndGet();
                            }
                            return;
                        }
                        lastActivity = System.nanoTime();
                        awaitingAnswer = upstream;
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (SocketException e) {
                // closed by the other side or by us
            } catch (IOException e) {
                // the connection broke; close both ends below
            } finally {
                shutdown();
            }
        }

        synchronized void closeIfIdle(long now) {
            if (!shut && !awaitingAnswer && now - lastActivity >= idleCloseNanos) {
                closedIdle.incrementAndGet();
                if (unreadRequestBytes()) {
                    droppedRequests.incrementAndGet();
                }
                shutdown();
            }
        }

        /// A request arrived and was not relayed yet: closing now drops it (a request written later
        /// is refused by the closed socket, which the relay cannot count).
        private boolean unreadRequestBytes() {
            try {
                return client.getInputStream().available() > 0;
            } catch (IOException e) {
                return false;
            }
        }

        synchronized void shutdown() {
            if (!shut) {
                shut = true;
                closeQuietly(client);
                closeQuietly(server);
                open.remove(this);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        reaper.shutdownNow();
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        for (Pair pair : open) {
            pair.shutdown();
        }
    }
}
