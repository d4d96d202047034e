package com.wmxtopup.counter.sandbox;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.function.Supplier;

/// A simulator's JDK [HttpClient] for its callbacks, built on the first callback rather than with
/// the simulator (issue 17, memory).
///
/// Building one loads the JDK's HTTP client (about 80 classes), starts its selector thread and
/// makes the JVM's default TLS context (`SSLContext.getDefault()`: a second trust store on the
/// heap beside OkHttp's). A demo console starts both simulators at once but sends its first
/// callback only when a customer pays; a console that never takes a payment never needs it.
public final class LazyHttpClient {

    private final Supplier<HttpClient> build;
    /// Guarded by `this`.
    private HttpClient client;
    /// Guarded by `this`.
    private boolean closed;

    /// @param build how to make the client, called at most once (on the first [#get])
    public LazyHttpClient(Supplier<HttpClient> build) {
        this.build = build;
    }

    /// The client, built on the first call.
    /// @throws IOException after [#shutdownNow] (as a request on a shut-down client fails)
    public synchronized HttpClient get() throws IOException {
        if (closed) {
            throw new IOException("the HTTP client is shut down");
        }
        if (client == null) {
            client = build.get();
        }
        return client;
    }

    /// Whether the client has been built.
    public synchronized boolean isBuilt() {
        return client != null;
    }

    /// Shuts the client down if it was built; a later [#get] fails.
    public synchronized void shutdownNow() {
        closed = true;
        if (client != null) {
            client.shutdownNow();
        }
    }
}
