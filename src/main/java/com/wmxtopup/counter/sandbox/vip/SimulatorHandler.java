package com.wmxtopup.counter.sandbox.vip;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The HTTP face of the simulator: `/api/profile`, `/api/game-feature` and `/api/prepaid`, form fields parsed as
/// PHP would, answers written as PHP-style JSON with HTTP 200, and the transport faults of
/// [VipResellerFaults] applied around the [SimulatedSupplier].
final class SimulatorHandler extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(SimulatorHandler.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PHP_WARNING = """
            <br />
            <b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in <b>/home/vip/public_html/api/config.php</b> on line <b>12</b><br />
            """;

    private final SimulatedSupplier supplier;
    private final VipResellerFaults faults;
    private final PhpStyleJson json;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong orderRequests = new AtomicLong();
    /// Answers held back by [VipResellerFaults#delayNextOrderResponse], with their requests.
    private final Map<Callback, Request> delayed = new ConcurrentHashMap<>();
    private final List<Consumer<String>> orderListeners = new CopyOnWriteArrayList<>();

    SimulatorHandler(SimulatedSupplier supplier, VipResellerFaults faults, PhpStyleJson json, ScheduledExecutorService scheduler) {
        this.supplier = supplier;
        this.faults = faults;
        this.json = json;
        this.scheduler = scheduler;
    }

    /// Every `type=order` (or alias) request that arrived at `/api/game-feature` or
    /// `/api/prepaid`, whatever happened to it afterwards.
    long orderRequests() {
        return orderRequests.get();
    }

    void onOrderReceived(Consumer<String> listener) {
        orderListeners.add(listener);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        Optional<SimulatedSupplier.Endpoint> endpoint = switch (stripTrailingSlash(path)) {
            case "/api/profile" -> Optional.of(SimulatedSupplier.Endpoint.PROFILE);
            case "/api/game-feature" -> Optional.of(SimulatedSupplier.Endpoint.GAME_FEATURE);
            case "/api/prepaid" -> Optional.of(SimulatedSupplier.Endpoint.PREPAID);
            default -> Optional.empty();
        };
        if (endpoint.isEmpty()) {
            write(response, callback, 404, "text/html; charset=UTF-8", "<h1>404 Not Found</h1>".getBytes(StandardCharsets.UTF_8));
            return true;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        boolean formEncoded = "POST".equalsIgnoreCase(request.getMethod())
                && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM);
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        Map<String, String> fields = formEncoded ? parseForm(body) : Map.of();
        var call = new SimulatedSupplier.Call(endpoint.get(), formEncoded, fields, Request.getRemoteAddr(request));
        if (endpoint.get() != SimulatedSupplier.Endpoint.PROFILE
                && SimulatedSupplier.ORDER_TYPES.contains(call.field("type").toLowerCase(Locale.ROOT))) {
            orderRequests.incrementAndGet();
        }

        int failStatus = faults.takeFailRequestStatus();
        if (failStatus != 0) {
            String page = "<html><head><title>" + failStatus + "</title></head><body><h1>" + failStatus
                    + " Server Error</h1><hr><center>nginx</center></body></html>";
            write(response, callback, failStatus, "text/html; charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (faults.takeMalformRequest()) {
            write(response, callback, 200, "text/html; charset=UTF-8", PHP_WARNING.getBytes(StandardCharsets.UTF_8));
            return true;
        }

        SimulatedSupplier.Answer answer = supplier.handle(call);
        byte[] bytes = json.write(answer.body());
        if (answer.placedOrder()) {
            answer.placedTrxId().ifPresent(this::tellOrderReceived);
            if (faults.takeDropOrderResponse()) {
                dropConnection(request, callback);
                return true;
            }
            Optional<Duration> delay = faults.takeOrderResponseDelay();
            if (delay.isPresent()) {
                writeLater(request, response, callback, bytes, delay.get());
                return true;
            }
            if (faults.takeTruncateOrderResponse()) {
                bytes = Arrays.copyOf(bytes, bytes.length / 2);
            }
        }
        write(response, callback, 200, "application/json", bytes);
        return true;
    }

    private void tellOrderReceived(String trxId) {
        for (Consumer<String> listener : orderListeners) {
            try {
                listener.accept(trxId);
            } catch (RuntimeException e) {
                log.warn("An order-received listener failed on {}; the simulator answers anyway", trxId, e);
            }
        }
    }

    /// The order exists; the client gets no answer at all.
    private static void dropConnection(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new EofException("connection dropped by fault injection"));
    }

    /// Answers from the scheduler, so no Jetty thread sleeps while a test waits for a timeout.
    /// Whoever removes the callback from [#delayed] first completes it: the scheduled write, or
    /// [#abortDelayedAnswers] when the simulator closes.
    private void writeLater(Request request, Response response, Callback callback, byte[] bytes, Duration delay) {
        delayed.put(callback, request);
        try {
            scheduler.schedule(() -> {
                if (delayed.remove(callback) != null) {
                    write(response, callback, 200, "application/json", bytes);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            Request held = delayed.remove(callback);
            if (held != null) {
                dropConnection(held, callback);
            }
        }
    }

    /// Drops the connections of answers still held back, so the server can stop at once.
    void abortDelayedAnswers() {
        for (Callback callback : List.copyOf(delayed.keySet())) {
            Request held = delayed.remove(callback);
            if (held != null) {
                dropConnection(held, callback);
            }
        }
    }

    private static void write(Response response, Callback callback, int status, String contentType, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /// `a=1&b=x+y` the way PHP fills `$_POST`: `+` is a space, the last of repeated names wins,
    /// undecodable pairs are skipped.
    static Map<String, String> parseForm(String body) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.put(URLDecoder.decode(rawName, StandardCharsets.UTF_8), URLDecoder.decode(rawValue, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // PHP drops what it cannot decode; so does the simulator.
            }
        }
        return fields;
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
