package com.wmxtopup.counter.sandbox;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Jetty server a simulator answers on: 127.0.0.1 only, daemon threads, and no graceful stop
/// (it would wait for clients' idle keep-alive connections, and a simulator has no work in hand
/// worth finishing).
public final class LoopbackHttpServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(LoopbackHttpServer.class);

    private final String name;
    private final Server server;
    private final ServerConnector connector;

    private LoopbackHttpServer(String name, Server server, ServerConnector connector) {
        this.name = name;
        this.server = server;
        this.connector = connector;
    }

    /// Binds `port` (0 = any free port) and starts answering with `handler`, closing clients'
    /// connections as `connections` says.
    public static LoopbackHttpServer start(String name, int port, int maxThreads, Handler handler, ServerConnections connections) {
        var threads = new QueuedThreadPool(maxThreads, 2);
        threads.setName(name);
        threads.setDaemon(true);
        var server = new Server(threads);
        var connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(port);
        connector.setIdleTimeout(connections.idleTimeout().toMillis());
        connector.addEventListener(connections.connectionListener());
        server.addConnector(connector);
        server.setHandler(connections.wrap(handler));
        server.setStopTimeout(0);
        var started = new LoopbackHttpServer(name, server, connector);
        try {
            server.start();
        } catch (Exception e) {
            started.close();
            throw new IllegalStateException(name + " could not start on " + HOST + ":" + port, e);
        }
        return started;
    }

    /// The bound port.
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("{} did not stop cleanly", name, e);
        }
    }
}
