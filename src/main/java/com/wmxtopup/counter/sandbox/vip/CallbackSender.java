package com.wmxtopup.counter.sandbox.vip;

import com.wmxtopup.counter.sandbox.LazyHttpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// POSTs status changes to the configured callback URL the way VIP Reseller documents it
/// (spec §6, F15): `{"data":{…}}`, `Content-Type: application/json`, `X-Client-Signature:
/// md5(API_ID + API_KEY)`. One background thread sends them in order; a failed callback is
/// logged and not retried (the POS must poll anyway).
final class CallbackSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final String signature;
    private final PhpStyleJson json;
    private final ExecutorService worker;
    /// Built on the first callback, not with the simulator (see [LazyHttpClient]).
    private final LazyHttpClient http;
    private final AtomicLong delivered = new AtomicLong();

    CallbackSender(URI url, String signature, PhpStyleJson json) {
        this.url = url;
        this.signature = signature;
        this.json = json;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("vip-sim-callbacks").daemon(true).factory());
        this.http = new LazyHttpClient(() -> HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build());
    }

    void send(SimulatedTransaction transaction) {
        byte[] body = json.write(Map.of("data", SimulatedSupplier.statusJson(transaction)));
        try {
            worker.execute(() -> post(transaction.trxId(), body));
        } catch (RejectedExecutionException e) {
            log.debug("Simulator is closing; callback for {} not sent", transaction.trxId());
        }
    }

    private void post(String trxId, byte[] body) {
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Client-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.get().send(request, HttpResponse.BodyHandlers.discarding());
            delivered.incrementAndGet();
            if (response.statusCode() / 100 != 2) {
                log.warn("Simulated VIP Reseller callback for {} to {} got HTTP {}", trxId, url, response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Simulated VIP Reseller callback for {} to {} failed", trxId, url, e);
        }
    }

    /// Callbacks that reached the receiver (any HTTP status).
    long delivered() {
        return delivered.get();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        http.shutdownNow();
    }
}
