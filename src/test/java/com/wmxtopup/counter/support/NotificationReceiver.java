package com.wmxtopup.counter.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/// A tiny webhook receiver for tests (JDK HTTP server on 127.0.0.1): records every POST it gets
/// and answers with a configurable status.
public final class NotificationReceiver implements AutoCloseable {

    public record Received(String method, String path, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /// First value of a header, by lower-case name.
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile int answerStatus = 200;

    private NotificationReceiver(HttpServer server) {
        this.server = server;
    }

    public static NotificationReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            var receiver = new NotificationReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.threads);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the notification receiver", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var headers = new HashMap<String, String>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
        var request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.copyOf(headers), body);
        all.add(request);
        received.add(request);
        byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answerStatus, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /// Where to send notifications.
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/webhooks/midtrans");
    }

    public void answerWith(int status) {
        this.answerStatus = status;
    }

    /// The next request not yet taken; fails the test when none comes in time.
    public Received next(Duration limit) {
        try {
            Received next = received.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("no notification arrived within " + limit);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a notification", e);
        }
    }

    /// The next `count` requests not yet taken.
    public List<Received> next(int count, Duration limit) {
        var taken = new ArrayList<Received>();
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < count; i++) {
            taken.add(next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))));
        }
        return taken;
    }

    /// Asserts that nothing more arrives within `quiet`.
    public void expectNothingMore(Duration quiet) {
        try {
            Received extra = received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (extra != null) {
                throw new AssertionError("unexpected notification: " + extra.text());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<Received> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
