package com.wmxtopup.counter.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyHttpClientTest {

    @Test
    void buildsTheClientOnFirstUseOnlyOnceAndItSends() throws Exception {
        var builds = new AtomicInteger();
        var lazy = new LazyHttpClient(() -> {
            builds.incrementAndGet();
            return HttpClient.newHttpClient();
        });
        assertThat(lazy.isBuilt()).isFalse();
        assertThat(builds).hasValue(0);

        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build();
            HttpResponse<Void> response = lazy.get().send(request, HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(lazy.get()).isSameAs(lazy.get());
            assertThat(builds).hasValue(1);
        } finally {
            server.stop(0);
            lazy.shutdownNow();
        }
    }

    @Test
    void shuttingDownAnUnusedClientBuildsNothingAndLaterUseFailsAsAClosedClientWould() {
        var builds = new AtomicInteger();
        var lazy = new LazyHttpClient(() -> {
            builds.incrementAndGet();
            return HttpClient.newHttpClient();
        });

        lazy.shutdownNow();

        assertThat(builds).hasValue(0);
        assertThatThrownBy(lazy::get).isInstanceOf(IOException.class);
        assertThat(lazy.isBuilt()).isFalse();
    }
}
