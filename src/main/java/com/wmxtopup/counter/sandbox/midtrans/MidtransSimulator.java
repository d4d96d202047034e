package com.wmxtopup.counter.sandbox.midtrans;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.wmxtopup.counter.sandbox.LoopbackHttpServer;
import com.wmxtopup.counter.sandbox.ServerConnections;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

/// A local Midtrans Core API v2 for QRIS over real HTTP on `127.0.0.1` (specs/midtrans-api.md §8):
/// charge, status, cancel, expire and refund with Basic auth, Midtrans' validation and codes,
/// `Idempotency-Key` replay, signed HTTP notifications to the transaction's URL, and faults to
/// inject on both the API and the notifications. Like a real web server it can close idle
/// keep-alive connections ([MidtransSimulatorSettings#withIdleCloseSeconds]) or each connection
/// after one answer ([MidtransSimulatorSettings#withHttp10]); a request that comes on such a
/// closed connection is dropped unanswered and counted ([#requestsDroppedOnClosedConnections]).
///
/// ```java
/// var simulator = new MidtransSimulator(MidtransSimulatorSettings.of("SB-Mid-server-DEMO")
///         .withDefaultNotificationUrl(URI.create("http://127.0.0.1:8787/api/webhooks/midtrans")));
/// simulator.start();
/// // point the Midtrans client at simulator.baseUrl() with the same server key, charge, then:
/// simulator.pay(orderId);   // the customer scans and pays: settlement + notification
/// ```
///
/// Thread-safe. Time is the settings' clock plus whatever [#advanceClock] added; pending
/// transactions expire when that time passes their `expiry_time` (checked on every access and
/// once a second).
public final class MidtransSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MidtransSimulator.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 46;
    private static final Duration IDEMPOTENCY_WINDOW = Duration.ofMinutes(5);
    private static final String BAD_GATEWAY_PAGE = """
            <html>
            <head><title>502 Bad Gateway</title></head>
            <body>
            <center><h1>502 Bad Gateway</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>
            """;

    private final MidtransSimulatorSettings settings;
    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);
    private final ScheduledExecutorService timer;
    private final NotificationSender notifications;
    private final SimulatedCoreApi api;
    private final String expectedAuthorization;
    private final ServerConnections connections;
    private final Object faultLock = new Object();
    /// Guarded by `faultLock`.
    private final List<PlannedApiFault> apiFaults = new ArrayList<>();
    private final Map<String, CachedAnswer> idempotentAnswers = new ConcurrentHashMap<>();
    private final Set<String> idempotencyKeysInFlight = ConcurrentHashMap.newKeySet();
    private volatile HttpStatusMode httpStatusMode;
    private volatile URI baseUrl;
    private LoopbackHttpServer server;

    public MidtransSimulator(MidtransSimulatorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.httpStatusMode = settings.httpStatusMode();
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("midtrans-sim-timer").daemon().factory());
        this.notifications = new NotificationSender(settings.serverKey(), settings.notificationTimeout(), this::now, timer);
        this.api = new SimulatedCoreApi(settings.serverKey(), this::now, this::baseUrl, settings.defaultNotificationUrl(), notifications,
                settings.randomSeed());
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((settings.serverKey() + ":").getBytes(StandardCharsets.UTF_8));
        this.connections = ServerConnections.of(settings.http10(), settings.idleCloseSeconds());
    }

    /// Guarded by `faultLock`.
    private static final class PlannedApiFault {
        private final ApiEndpoint endpoint;
        private final ApiFault fault;
        private int remaining;

        private PlannedApiFault(ApiEndpoint endpoint, ApiFault fault, int times) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.remaining = times;
        }
    }

    private record CachedAnswer(Answer answer, Instant until) {
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    /// Listens on a free port of 127.0.0.1.
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the Midtrans simulator is already running");
        }
        server = LoopbackHttpServer.start("midtrans-sim-http", 0, 16, new CoreApiHandler(), connections);
        baseUrl = URI.create("http://" + LoopbackHttpServer.HOST + ":" + server.port());
        timer.scheduleWithFixedDelay(this::expireDue, 1, 1, TimeUnit.SECONDS);
        log.info("Midtrans simulator listening on {}", baseUrl);
    }

    /// `http://127.0.0.1:<port>`: the Core API base URL for the client (it appends `/v2/...`).
    public URI baseUrl() {
        URI url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("the Midtrans simulator is not started");
        }
        return url;
    }

    @Override
    public synchronized void close() {
        stopServer();
        timer.shutdownNow();
        notifications.close();
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    // ---- what the customer and time do ----------------------------------------------------------

    /// The customer pays with GoPay: pending → settlement, and a signed `settlement` notification.
    /// `id` is the order id or the transaction id. Throws [java.util.NoSuchElementException] for
    /// an unknown id and [IllegalStateException] when the transaction is not pending (any more).
    public SimulatedTransaction pay(String id) {
        return pay(id, "gopay");
    }

    /// Paid from another app (`issuer` e.g. `"ovo"`: an off-us payment).
    public SimulatedTransaction pay(String id, String issuer) {
        return api.pay(id, issuer);
    }

    /// The provider refuses the payment: pending → deny (+ notification).
    public SimulatedTransaction deny(String id) {
        return api.deny(id);
    }

    /// The QR's time runs out now: pending → expire (+ notification).
    public SimulatedTransaction expireNow(String id) {
        return api.expireNow(id);
    }

    /// Moves the simulator's time forward; pending transactions whose expiry passes expire at once.
    public void advanceClock(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        clockOffset.accumulateAndGet(by, Duration::plus);
        expireDue();
    }

    /// The simulator's current time.
    public Instant now() {
        return settings.clock().instant().plus(clockOffset.get());
    }

    /// The transaction with this order id (the latest one) or transaction id.
    public Optional<SimulatedTransaction> transaction(String id) {
        return api.snapshot(id);
    }

    public List<SimulatedTransaction> transactions() {
        return api.all();
    }

    // ---- notifications --------------------------------------------------------------------------

    /// Sets the dashboard's "Payment Notification URL" (charged orders without an override header
    /// are notified there), as a shop owner does once the receiver's address is known.
    public void setDefaultNotificationUrl(URI url) {
        api.setDefaultNotificationUrl(Objects.requireNonNull(url, "url"));
    }

    /// Every notification attempt so far, oldest first.
    public List<NotificationDelivery> deliveries() {
        return notifications.deliveries();
    }

    /// Calls `listener` with each notification the receiver answered (any HTTP status), right
    /// after the answer came and before the next notification of that order is sent (on the
    /// sending thread). Failed and dropped attempts are only in [#deliveries]. A listener that
    /// throws is logged and changes nothing.
    public void onNotificationAnswered(Consumer<NotificationDelivery> listener) {
        notifications.onAnswered(Objects.requireNonNull(listener, "listener"));
    }

    /// Waits until queued notifications have been attempted (held-back and delayed ones excepted).
    public boolean awaitNotifications(Duration limit) {
        return notifications.awaitQueued(limit);
    }

    /// The next notification (any order, any status) suffers `fault`.
    public void faultNextNotification(NotificationFault fault) {
        notifications.faultNext(null, fault);
    }

    /// The next notification with this `transaction_status` (e.g. `"settlement"`) suffers `fault`.
    public void faultNextNotification(String transactionStatus, NotificationFault fault) {
        notifications.faultNext(Objects.requireNonNull(transactionStatus, "transactionStatus"), fault);
    }

    /// Every notification suffers `fault` until [#clearNotificationFaults] (e.g. drop all: the
    /// POS's webhook is unreachable and only polling works).
    public void faultAllNotifications(NotificationFault fault) {
        notifications.faultAll(fault);
    }

    public void clearNotificationFaults() {
        notifications.clearFaults();
    }

    /// Sends the notifications held back by [NotificationFault.DeliverAfterNext] now.
    public void releaseHeldNotifications() {
        notifications.releaseHeld();
    }

    // ---- API faults -----------------------------------------------------------------------------

    /// The next call to `endpoint` suffers `fault`.
    public void injectApiFault(ApiEndpoint endpoint, ApiFault fault) {
        injectApiFault(endpoint, fault, 1);
    }

    /// The next `times` calls to `endpoint` suffer `fault`.
    public void injectApiFault(ApiEndpoint endpoint, ApiFault fault, int times) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        synchronized (faultLock) {
            apiFaults.add(new PlannedApiFault(endpoint, fault, times));
        }
    }

    public void clearApiFaults() {
        synchronized (faultLock) {
            apiFaults.clear();
        }
    }

    /// Requests that came on a connection the simulator had already closed
    /// ([MidtransSimulatorSettings#withHttp10], [MidtransSimulatorSettings#withIdleCloseSeconds])
    /// and were dropped unanswered, unprocessed: each is a request a client wrote onto a dead
    /// pooled connection.
    public long requestsDroppedOnClosedConnections() {
        return connections.requestsDroppedOnClosedConnections();
    }

    /// Switches the status line of later answers (the body stays the same).
    public void setHttpStatusMode(HttpStatusMode mode) {
        this.httpStatusMode = Objects.requireNonNull(mode, "mode");
    }

    private ApiFault takeApiFault(ApiEndpoint endpoint) {
        synchronized (faultLock) {
            for (Iterator<PlannedApiFault> it = apiFaults.iterator(); it.hasNext();) {
                PlannedApiFault planned = it.next();
                if (planned.endpoint == ApiEndpoint.ANY || planned.endpoint == endpoint) {
                    if (--planned.remaining == 0) {
                        it.remove();
                    }
                    return planned.fault;
                }
            }
            return null;
        }
    }

    private void expireDue() {
        try {
            api.expireDue();
        } catch (RuntimeException e) {
            log.warn("Midtrans simulator could not expire due transactions", e);
        }
    }

    // ---- HTTP -----------------------------------------------------------------------------------

    private record Route(ApiEndpoint endpoint, String id) {
    }

    private final class CoreApiHandler extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                serve(request, response, callback);
            } catch (Exception e) {
                log.error("Midtrans simulator failed on {} {}", request.getMethod(), request.getHttpURI().getPath(), e);
                send(response, callback, api.internalError());
            }
            return true;
        }
    }

    private void serve(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        List<String> path = pathSegments(request);
        // The QR image: Midtrans suggests hot-linking it in an <img>, so it needs no auth.
        if (method.equals("GET") && path.size() == 4 && path.get(0).equals("v2") && path.get(1).equals("qris")
                && path.get(3).equals("qr-code")) {
            sendQrImage(path.get(2), response, callback);
            return;
        }
        Route route = route(method, path);
        if (route == null) {
            send(response, callback, isKnownPath(path) ? api.methodNotAllowed() : api.unknownPath());
            return;
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            send(response, callback, api.malformedBody());
            return;
        }
        ApiFault fault = takeApiFault(route.endpoint());
        Answer before = switch (fault) {
            case ApiFault.RateLimited _ -> Answer.fixed(429, Answer.JSON, "{\"message\":\"API rate limit exceeded\"}");
            case ApiFault.InternalError _ -> api.internalError();
            case ApiFault.Unavailable _ -> api.unavailable();
            case ApiFault.BadGatewayPage _ -> Answer.fixed(502, "text/html", BAD_GATEWAY_PAGE);
            case null, default -> null;
        };
        if (before != null) {
            send(response, callback, before);
            return;
        }
        if (!expectedAuthorization.equals(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            send(response, callback, api.unauthorized());
            return;
        }
        Answer answer = answerOnce(route, body, request);
        switch (fault) {
            case ApiFault.SlowAnswer slow -> timer.schedule(() -> send(response, callback, answer), slow.delay().toMillis(),
                    TimeUnit.MILLISECONDS);
            case ApiFault.DroppedConnection _ -> {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                callback.failed(new EofException("connection dropped by the Midtrans simulator"));
            }
            case null, default -> send(response, callback, answer);
        }
    }

    /// Midtrans replays the successful answer to a POST for 5 minutes per `Idempotency-Key`,
    /// whatever the new body says; a retry while the first is still running gets HTTP 202.
    private Answer answerOnce(Route route, byte[] body, Request request) {
        String key = request.getMethod().equalsIgnoreCase("POST") ? request.getHeaders().get("Idempotency-Key") : null;
        if (key == null || key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            return process(route, body, request);
        }
        Instant now = now();
        idempotentAnswers.values().removeIf(cached -> !now.isBefore(cached.until()));
        CachedAnswer cached = idempotentAnswers.get(key);
        if (cached != null) {
            return cached.answer();
        }
        if (!idempotencyKeysInFlight.add(key)) {
            return Answer.fixed(202, Answer.JSON, "");
        }
        try {
            Answer answer = process(route, body, request);
            if (answer.successful()) {
                idempotentAnswers.put(key, new CachedAnswer(answer, now.plus(IDEMPOTENCY_WINDOW)));
            }
            return answer;
        } finally {
            idempotencyKeysInFlight.remove(key);
        }
    }

    private Answer process(Route route, byte[] body, Request request) {
        return switch (route.endpoint()) {
            case CHARGE -> api.charge(body, request.getHeaders().get("X-Override-Notification"),
                    request.getHeaders().get("X-Append-Notification"));
            case STATUS -> api.status(route.id());
            case CANCEL -> api.cancel(route.id());
            case EXPIRE -> api.expire(route.id());
            case REFUND -> api.refund(route.id(), body);
            case ANY -> throw new IllegalStateException("not a route");
        };
    }

    private static Route route(String method, List<String> path) {
        if (path.size() == 2 && path.get(0).equals("v2") && path.get(1).equals("charge")) {
            return method.equals("POST") ? new Route(ApiEndpoint.CHARGE, "") : null;
        }
        if (path.size() != 3 || !path.get(0).equals("v2")) {
            return null;
        }
        String id = path.get(1);
        return switch (path.get(2)) {
            case "status" -> method.equals("GET") ? new Route(ApiEndpoint.STATUS, id) : null;
            case "cancel" -> method.equals("POST") ? new Route(ApiEndpoint.CANCEL, id) : null;
            case "expire" -> method.equals("POST") ? new Route(ApiEndpoint.EXPIRE, id) : null;
            case "refund" -> method.equals("POST") ? new Route(ApiEndpoint.REFUND, id) : null;
            default -> null;
        };
    }

    private static boolean isKnownPath(List<String> path) {
        return (path.size() == 2 && path.get(0).equals("v2") && path.get(1).equals("charge"))
                || (path.size() == 3 && path.get(0).equals("v2") && Set.of("status", "cancel", "expire", "refund").contains(path.get(2)));
    }

    private static List<String> pathSegments(Request request) {
        var segments = new ArrayList<String>();
        for (String raw : request.getHttpURI().getPath().split("/")) {
            if (!raw.isEmpty()) {
                // Path segments are percent-encoded; '+' is a plus there, not a space.
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private void sendQrImage(String transactionId, Response response, Callback callback) {
        Optional<String> qr = api.qrStringOfTransaction(transactionId);
        if (qr.isEmpty()) {
            send(response, callback, api.notFound());
            return;
        }
        try {
            var hints = new LinkedHashMap<EncodeHintType, Object>();
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.MARGIN, 2);
            BitMatrix matrix = new QRCodeWriter().encode(qr.get(), BarcodeFormat.QR_CODE, 300, 300, hints);
            var png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            send(response, callback, new Answer(0, 200, "image/png", png.toByteArray()));
        } catch (WriterException | IOException e) {
            log.error("Midtrans simulator could not draw the QR of {}", transactionId, e);
            send(response, callback, api.internalError());
        }
    }

    private void send(Response response, Callback callback, Answer answer) {
        response.setStatus(answer.httpStatus(httpStatusMode));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
