package com.wmxtopup.counter.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// How a simulator's server treats its clients' keep-alive connections, like the real servers a
/// shop meets: keeps them ([#keepAlive]), closes them after a few idle seconds (Apache closes after
/// 5 s), or closes each one after its first answer like an HTTP/1.0 server, without announcing it
/// (no `Connection: close`).
///
/// A real close races with the client: OkHttp's health check sometimes sees the FIN before it
/// reuses a pooled connection and sometimes writes the request onto the dead socket. A test of
/// "no order on a stale connection" could then pass by luck. So the server first only *considers*
/// such a connection closed and keeps the socket open for [#SOCKET_CLOSE_DELAY]: a request that
/// arrives on it in that time is not processed at all, the connection is aborted without an
/// answer — exactly what a request written onto a closed socket gets, every time — and counted in
/// [#requestsDroppedOnClosedConnections]. Then the socket really closes (after the answer in
/// HTTP/1.0 mode; by Jetty's idle timeout in idle-close mode).
///
/// One instance belongs to one simulator and outlives its server, so the count can still be read
/// after the simulator closed.
public final class ServerConnections {

    /// How long a connection the server considers closed stays open as a socket, dropping every
    /// request that comes on it. Longer than a test waits past the idle time, so the drop does not
    /// depend on timing.
    public static final Duration SOCKET_CLOSE_DELAY = Duration.ofSeconds(5);
    /// Jetty's idle timeout when nothing else is asked for: long enough that no client's pooled
    /// connection ever meets it in a test.
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ServerConnections.class);

    private final boolean closeAfterFirstAnswer;
    private final Duration idleClose;
    private final AtomicLong dropped = new AtomicLong();
    private final Map<Connection, Use> connections = new ConcurrentHashMap<>();

    private ServerConnections(boolean closeAfterFirstAnswer, Duration idleClose) {
        if (idleClose.isNegative()) {
            throw new IllegalArgumentException("idle close cannot be negative: " + idleClose);
        }
        this.closeAfterFirstAnswer = closeAfterFirstAnswer;
        this.idleClose = idleClose;
    }

    /// Connections stay open until Jetty's 30 s idle timeout, and every request is answered.
    public static ServerConnections keepAlive() {
        return new ServerConnections(false, Duration.ZERO);
    }

    /// `http10`: each connection is closed after its first answer, unannounced;
    /// `idleCloseSeconds` (0 = off): a connection idle for longer is closed.
    public static ServerConnections of(boolean http10, int idleCloseSeconds) {
        if (idleCloseSeconds < 0) {
            throw new IllegalArgumentException("idle close seconds cannot be negative: " + idleCloseSeconds);
        }
        return new ServerConnections(http10, Duration.ofSeconds(idleCloseSeconds));
    }

    /// Requests that arrived on a connection the server had already closed (by the rules above)
    /// and were dropped unanswered.
    public long requestsDroppedOnClosedConnections() {
        return dropped.get();
    }

    /// Jetty's idle timeout for the connector: the idle close plus the delay in which requests
    /// are still seen (and dropped), or the default.
    Duration idleTimeout() {
        return idleClose.isZero() ? DEFAULT_IDLE_TIMEOUT : idleClose.plus(SOCKET_CLOSE_DELAY);
    }

    /// Added to the connector: forgets connections once their sockets are gone.
    Connection.Listener connectionListener() {
        return new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connections.put(connection, new Use(System.nanoTime()));
            }

            @Override
            public void onClosed(Connection connection) {
                connections.remove(connection);
            }
        };
    }

    /// `handler` behind the rules: a request on a closed connection never reaches it.
    Handler wrap(Handler handler) {
        return new Handler.Wrapper(handler) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return ServerConnections.this.handle(getHandler(), request, response, callback);
            }
        };
    }

    private boolean handle(Handler next, Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        Use use = connections.computeIfAbsent(connection, c -> new Use(System.nanoTime()));
        String closedBecause = use.begin(System.nanoTime());
        if (closedBecause != null) {
            dropped.incrementAndGet();
            log.info("Simulator dropped {} {} unanswered: it came on a connection the server had closed ({})", request.getMethod(),
                    request.getHttpURI().getPath(), closedBecause);
            connection.getEndPoint().close();
            callback.failed(new EofException("request on a connection the server had closed (" + closedBecause + ")"));
            return true;
        }
        // Marked before Jetty completes the exchange: only then does it read the next request on
        // this connection, which must already see this answer.
        Callback answered = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                finished(request, connection, use);
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                finished(request, connection, use);
                super.failed(failure);
            }
        };
        boolean handled;
        try {
            handled = next.handle(request, response, answered);
        } catch (Throwable failure) {
            // Jetty answers 500 with its own callback then; the exchange still ends here.
            finished(request, connection, use);
            throw failure;
        }
        if (!handled) {
            Response.writeError(request, response, answered, 404);
        }
        return true;
    }

    private void finished(Request request, Connection connection, Use use) {
        use.end(System.nanoTime());
        if (closeAfterFirstAnswer) {
            request.getComponents().getScheduler().schedule(() -> connection.getEndPoint().close(), SOCKET_CLOSE_DELAY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /// What one connection has carried so far.
    private final class Use {
        private long lastActivityNanos;
        private int answers;
        private boolean busy;

        private Use(long openedNanos) {
            this.lastActivityNanos = openedNanos;
        }

        /// Starts a request; the reason the server considers the connection closed, or null.
        synchronized String begin(long nowNanos) {
            if (closeAfterFirstAnswer && answers > 0) {
                return "HTTP/1.0: closed after its first answer";
            }
            if (!idleClose.isZero() && !busy && nowNanos - lastActivityNanos > idleClose.toNanos()) {
                return "idle for more than " + idleClose.toSeconds() + " s";
            }
            busy = true;
            return null;
        }

        synchronized void end(long nowNanos) {
            busy = false;
            answers++;
            lastActivityNanos = nowNanos;
        }
    }
}
