package com.wmxtopup.counter.adapter.midtrans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wmxtopup.counter.application.port.NotificationCheck;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentGatewayException.Kind;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.QrisCharge;
import com.wmxtopup.counter.application.port.QrisChargeRequest;
import com.wmxtopup.counter.domain.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Midtrans Core API v2 for QRIS: charge, status, cancel, expire, and notification checks
/// (specs/midtrans-api.md).
///
/// - The body's `status_code` decides every outcome, not the HTTP status line: Midtrans answers
///   several errors with HTTP 200, and `407` ("expired") is a normal answer (§5).
/// - A charge is sent once, on a fresh connection of its own (`Connection: close`, a pool that
///   keeps nothing idle), never on a pooled one: servers close idle keep-alive connections, and
///   a charge written onto one comes back without an answer although it never arrived. A charge
///   that may have reached Midtrans without an answer (timeout after sending, reset, 5xx,
///   unreadable body) fails with [Kind#UNKNOWN_OUTCOME]: resolve with [#status] or retry with
///   the same `Idempotency-Key`.
/// - Status, cancel and expire share a pool and are sent again once, on a fresh connection, when
///   a pooled connection turns out dead (see [Operation]); otherwise the first status check after
///   Midtrans closed an idle connection — the one that confirms a webhook notification — would
///   fail and the webhook answer 503. Nothing else is retried automatically.
/// - The server key never appears in logs or exception messages.
///
/// Two OkHttp clients per instance (one dispatcher); [#close] releases their threads and connections.
public final class MidtransClient implements PaymentGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MidtransClient.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;
    private static final int MAX_ITEM_NAME_CHARACTERS = 50;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 46;
    private static final String USER_AGENT = "WMX-Topup-Counter";
    /// Carries the real HTTP status past OkHttp's own follow-up handling (see [#keepEveryAnswerAsSent]).
    private static final String SENT_STATUS_HEADER = "X-Wmx-Sent-Status";

    private final MidtransSettings settings;
    private final HttpUrl baseUrl;
    private final String authorization;
    /// Status, cancel and expire: pooled, sent again once when a pooled connection was dead.
    private final OkHttpClient pooled;
    /// Charges: a fresh connection each, sent once.
    private final OkHttpClient charges;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean closed;

    public MidtransClient(MidtransSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.baseUrl = HttpUrl.get(settings.baseUrl().toString());
        this.authorization = basicAuthorization(settings.serverKey());
        this.pooled = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                // OkHttp sends a request again only when it failed on a pooled connection, and
                // then once, on a fresh one; a failure on a fresh connection is final.
                .retryOnConnectionFailure(true)
                // No redirects: OkHttp would turn a redirected POST into a GET.
                .followRedirects(false)
                .followSslRedirects(false)
                .addNetworkInterceptor(MidtransClient::keepEveryAnswerAsSent)
                .eventListener(new SendTracker())
                .build();
        // A charge must never be sent twice behind the caller's back, nor onto a connection
        // Midtrans may have closed: same dispatcher, interceptor and send tracking, but no
        // silent retry and a pool that keeps nothing idle, so every charge connects afresh.
        this.charges = pooled.newBuilder()
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .retryOnConnectionFailure(false)
                .build();
    }

    /// `Authorization: Basic base64(serverKey + ":")` — the trailing colon is the empty password.
    static String basicAuthorization(String serverKey) {
        return "Basic " + Base64.getEncoder().encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public QrisCharge chargeQris(QrisChargeRequest request) throws PaymentGatewayException {
        Objects.requireNonNull(request, "request");
        requireUsableOrderId(request.orderId());
        Request.Builder call = post(url("charge"), chargeBody(request));
        if (!request.idempotencyKey().isBlank()) {
            if (request.idempotencyKey().length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
                // Midtrans ignores longer keys silently, so a retry would not be recognised.
                log.warn("Idempotency-Key for order {} is longer than {} characters; Midtrans will ignore it",
                        request.orderId(), MAX_IDEMPOTENCY_KEY_LENGTH);
            }
            call.header("Idempotency-Key", request.idempotencyKey());
        }
        request.notificationUrl().ifPresent(url -> call.header("X-Override-Notification", url.toString()));
        JsonNode answer = exchange(Operation.CHARGE, request.orderId(), call);
        return toCharge(request, answer);
    }

    @Override
    public PaymentStatus status(String orderId) throws PaymentGatewayException {
        requireUsableOrderId(orderId);
        JsonNode answer = exchange(Operation.STATUS, orderId, newRequest(url(orderId, "status")).get());
        return toStatus(Operation.STATUS, orderId, answer);
    }

    @Override
    public PaymentStatus cancel(String orderId) throws PaymentGatewayException {
        requireUsableOrderId(orderId);
        JsonNode answer = exchange(Operation.CANCEL, orderId, post(url(orderId, "cancel"), new byte[0]));
        return toStatus(Operation.CANCEL, orderId, answer);
    }

    @Override
    public PaymentStatus expire(String orderId) throws PaymentGatewayException {
        requireUsableOrderId(orderId);
        JsonNode answer = exchange(Operation.EXPIRE, orderId, post(url(orderId, "expire"), new byte[0]));
        return toStatus(Operation.EXPIRE, orderId, answer);
    }

    @Override
    public PaymentStatus refund(String orderId, Money amount, String refundKey, String reason) throws PaymentGatewayException {
        requireUsableOrderId(orderId);
        var body = json.createObjectNode().put("refund_key", refundKey).put("amount", amount.rupiah()).put("reason", reason);
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        JsonNode answer = exchange(Operation.REFUND, orderId, post(url(orderId, "refund"), bytes));
        return toStatus(Operation.REFUND, orderId, answer);
    }

    @Override
    public NotificationCheck checkNotification(byte[] body) {
        if (body == null || body.length == 0) {
            return new NotificationCheck.Malformed("empty body");
        }
        Map<String, String> fields;
        try {
            fields = RawJsonFields.read(body);
        } catch (IOException e) {
            return new NotificationCheck.Malformed("not a JSON object");
        }
        for (String required : List.of("order_id", "status_code", "gross_amount", "signature_key")) {
            if (fields.getOrDefault(required, "").isBlank()) {
                return new NotificationCheck.Malformed("missing " + required);
            }
        }
        String orderId = fields.get("order_id");
        String statusCode = fields.get("status_code");
        String grossAmount = fields.get("gross_amount");
        if (!MidtransSignature.matches(fields.get("signature_key"), orderId, statusCode, grossAmount, settings.serverKey())) {
            return new NotificationCheck.InvalidSignature(orderId);
        }
        String transactionStatus = fields.get("transaction_status");
        String fraudStatus = fields.get("fraud_status");
        Optional<PaymentStatus.State> state = TransactionStates.of(transactionStatus, fraudStatus);
        if (state.isEmpty()) {
            return new NotificationCheck.Malformed("unknown or missing transaction_status: " + transactionStatus);
        }
        if (!statusCodeFits(transactionStatus, statusCode)) {
            // transaction_status is not covered by the signature: a signed `pending` (201) or
            // `expire` (202) relabelled as `settlement` would otherwise be believed as paid.
            return new NotificationCheck.InvalidSignature(orderId);
        }
        Optional<Money> amount = MidtransAmount.parse(grossAmount);
        if (amount.isEmpty()) {
            return new NotificationCheck.Malformed("gross_amount is not a whole rupiah amount: " + grossAmount);
        }
        var status = new PaymentStatus(orderId, fields.get("transaction_id"), state.get(), amount.get(), transactionStatus,
                fraudStatus, statusCode);
        return new NotificationCheck.Valid(status, new String(body, StandardCharsets.UTF_8));
    }

    /// Whether the signed `status_code` is the one Midtrans sends with this `transaction_status`
    /// (specs/midtrans-api.md §3.1 and §4.2): 200 for paid and refunded, 201 for pending and
    /// challenged, 202 for deny/cancel/expire/failure (407 also for expire).
    static boolean statusCodeFits(String transactionStatus, String statusCode) {
        return switch (transactionStatus.toLowerCase(java.util.Locale.ROOT)) {
            case "settlement", "capture", "refund", "partial_refund", "chargeback", "partial_chargeback" -> statusCode.equals("200");
            case "pending", "authorize" -> statusCode.equals("201");
            case "expire" -> statusCode.equals("202") || statusCode.equals("407");
            case "deny", "cancel", "failure" -> statusCode.equals("202") || statusCode.equals("200");
            default -> false;
        };
    }

    /// Releases the connection pool and dispatcher threads. Calls after this fail.
    @Override
    public void close() {
        closed = true;
        pooled.dispatcher().executorService().shutdown();
        pooled.connectionPool().evictAll();
        charges.connectionPool().evictAll();
    }

    // ---- requests -------------------------------------------------------------------------------

    private byte[] chargeBody(QrisChargeRequest request) {
        long rupiah = request.amount().rupiah();
        ObjectNode body = json.createObjectNode();
        body.put("payment_type", "qris");
        ObjectNode details = body.putObject("transaction_details");
        details.put("order_id", request.orderId());
        details.put("gross_amount", rupiah);
        // One line that adds up to the gross amount exactly (Midtrans rejects any difference).
        ObjectNode item = body.putArray("item_details").addObject();
        item.put("id", request.itemId());
        item.put("price", rupiah);
        item.put("quantity", 1);
        item.put("name", firstCharacters(request.itemName(), MAX_ITEM_NAME_CHARACTERS));
        ObjectNode expiry = body.putObject("custom_expiry");
        expiry.put("order_time", MidtransTime.orderTime(settings.clock().instant()));
        long seconds = request.expiry().toSeconds();
        if (seconds % 60 == 0) {
            expiry.put("expiry_duration", seconds / 60);
            expiry.put("unit", "minute");
        } else {
            expiry.put("expiry_duration", seconds);
            expiry.put("unit", "second");
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a charge body", e);
        }
    }

    /// At most `max` characters, never splitting a surrogate pair (an emoji in a product name).
    private static String firstCharacters(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("v2");
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    private Request.Builder newRequest(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .header("User-Agent", USER_AGENT);
    }

    private Request.Builder post(HttpUrl url, byte[] body) {
        return newRequest(url).post(RequestBody.create(body, JSON_TYPE));
    }

    private static void requireUsableOrderId(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        if (orderId.isBlank() || orderId.equals(".") || orderId.equals("..")) {
            throw new IllegalArgumentException("not a usable order id: '" + orderId + "'");
        }
    }

    // ---- answers --------------------------------------------------------------------------------

    /// Sends the request and returns the body of a normal answer (`status_code` 2xx or 407);
    /// everything else becomes a typed exception.
    private JsonNode exchange(Operation operation, String orderId, Request.Builder call) throws PaymentGatewayException {
        if (closed) {
            throw new IllegalStateException("Midtrans client is closed");
        }
        var progress = new SendProgress();
        OkHttpClient client = operation.resentOnDeadConnection ? pooled : charges;
        if (!operation.resentOnDeadConnection) {
            // The pool would not keep the connection anyway; this also tells Midtrans, and
            // OkHttp, that nothing else goes onto it.
            call.header("Connection", "close");
        }
        Request request = call.tag(SendProgress.class, progress).build();
        int httpStatus;
        String body;
        try (Response response = client.newCall(request).execute()) {
            String sentStatus = response.header(SENT_STATUS_HEADER);
            httpStatus = sentStatus == null ? response.code() : Integer.parseInt(sentStatus);
            body = response.peekBody(MAX_ANSWER_BYTES).string();
        } catch (IOException e) {
            throw noAnswer(operation, orderId, progress.sent, e);
        }
        log.debug("Midtrans {} for order {} answered HTTP {}", operation.label, orderId, httpStatus);
        return interpret(operation, orderId, httpStatus, body);
    }

    private PaymentGatewayException noAnswer(Operation operation, String orderId, boolean sent, IOException e) {
        String what = "Midtrans " + operation.label + " for order " + orderId;
        String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        // A status read that met a dead pooled connection and then could not connect afresh: the
        // last attempt says what is wrong now.
        boolean refused = e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException
                || e instanceof java.net.NoRouteToHostException;
        if (!sent || (refused && !operation.changesState)) {
            return new PaymentGatewayException(Kind.UNREACHABLE, what + ": could not connect to " + baseUrl.host() + ":"
                    + baseUrl.port() + " (" + cause + ")", "", "", e);
        }
        if (operation.changesState) {
            return new PaymentGatewayException(Kind.UNKNOWN_OUTCOME, what + ": sent, but no answer (" + cause
                    + "); it may have been processed, check the status", "", "", e);
        }
        return new PaymentGatewayException(Kind.SERVER_ERROR, what + ": no answer (" + cause + ")", "", "", e);
    }

    /// specs/midtrans-api.md §5: body `status_code` first; then a `message` / `error_messages`
    /// body with the HTTP status; then the HTTP status alone.
    private JsonNode interpret(Operation operation, String orderId, int httpStatus, String body) throws PaymentGatewayException {
        String what = "Midtrans " + operation.label + " for order " + orderId;
        Optional<JsonNode> parsed = parseObject(body);
        if (parsed.isPresent() && parsed.get().hasNonNull("status_code")) {
            JsonNode answer = parsed.get();
            String statusCode = answer.get("status_code").asText().trim();
            String message = textOrEmpty(answer, "status_message");
            int code;
            try {
                code = Integer.parseInt(statusCode);
            } catch (NumberFormatException e) {
                throw unreadable(operation, what + ": status_code is not a number: " + statusCode, statusCode, message);
            }
            if ((code >= 200 && code < 300) || code == 407) {
                return answer;
            }
            String details = message + validationMessages(answer);
            throw new PaymentGatewayException(kindOf(operation, code), what + " failed with status_code " + statusCode
                    + (details.isEmpty() ? "" : ": " + details), statusCode, details, null);
        }
        if (parsed.isPresent() && httpStatus >= 400 && (parsed.get().has("message") || parsed.get().has("error_messages"))) {
            String message = parsed.get().has("message")
                    ? parsed.get().get("message").asText()
                    : joined(parsed.get().get("error_messages"));
            throw new PaymentGatewayException(kindOf(operation, httpStatus), what + " failed with HTTP " + httpStatus + ": " + message,
                    "", message, null);
        }
        // HTML, empty or foreign JSON: a proxy or load balancer answered, not Midtrans' API.
        String excerpt = excerpt(body);
        if (httpStatus == 429) {
            throw new PaymentGatewayException(Kind.RATE_LIMITED, what + ": HTTP 429 " + excerpt, "", "", null);
        }
        if (operation == Operation.CHARGE) {
            throw new PaymentGatewayException(Kind.UNKNOWN_OUTCOME, what + ": HTTP " + httpStatus
                    + " without a Midtrans answer; the charge may exist, check the status: " + excerpt, "", "", null);
        }
        if (httpStatus >= 500) {
            throw new PaymentGatewayException(Kind.SERVER_ERROR, what + ": HTTP " + httpStatus + " " + excerpt, "", "", null);
        }
        throw new PaymentGatewayException(Kind.MALFORMED_RESPONSE, what + ": HTTP " + httpStatus + " without a Midtrans answer: "
                + excerpt, "", "", null);
    }

    private static Kind kindOf(Operation operation, int code) {
        return switch (code) {
            case 400 -> Kind.VALIDATION;
            case 401 -> Kind.AUTHENTICATION;
            case 402 -> Kind.PAYMENT_CHANNEL_INACTIVE;
            case 404 -> Kind.NOT_FOUND;
            case 406 -> Kind.DUPLICATE_ORDER_ID;
            case 412 -> Kind.STATUS_CANNOT_CHANGE;
            case 429 -> Kind.RATE_LIMITED;
            // Midtrans may have created the charge before failing; only a status check can tell.
            default -> code >= 500 && operation == Operation.CHARGE ? Kind.UNKNOWN_OUTCOME : Kind.SERVER_ERROR;
        };
    }

    /// A normal answer we cannot use: for a charge that still means it may exist.
    private static PaymentGatewayException unreadable(Operation operation, String message, String statusCode, String gatewayMessage) {
        Kind kind = operation == Operation.CHARGE ? Kind.UNKNOWN_OUTCOME : Kind.MALFORMED_RESPONSE;
        return new PaymentGatewayException(kind, message, statusCode, gatewayMessage, null);
    }

    private QrisCharge toCharge(QrisChargeRequest request, JsonNode answer) throws PaymentGatewayException {
        String what = "Midtrans charge for order " + request.orderId();
        String statusCode = textOrEmpty(answer, "status_code");
        String message = textOrEmpty(answer, "status_message");
        String transactionId = textOrEmpty(answer, "transaction_id");
        String transactionStatus = textOrEmpty(answer, "transaction_status");
        Optional<PaymentStatus.State> state = TransactionStates.of(transactionStatus, textOrEmpty(answer, "fraud_status"));
        if (transactionId.isBlank() || state.isEmpty()) {
            throw unreadable(Operation.CHARGE, what + ": answer " + statusCode + " without transaction_id or a known transaction_status ("
                    + transactionStatus + ")", statusCode, message);
        }
        String qrString = textOrEmpty(answer, "qr_string");
        if (state.get() == PaymentStatus.State.PENDING && qrString.isBlank()) {
            throw unreadable(Operation.CHARGE, what + ": transaction " + transactionId + " is pending but the answer has no qr_string",
                    statusCode, message);
        }
        String orderId = textOrEmpty(answer, "order_id");
        if (!orderId.isBlank() && !orderId.equals(request.orderId())) {
            // Midtrans replays the first answer for a reused Idempotency-Key whatever the body:
            // showing that QR would collect money for another order.
            throw unreadable(Operation.CHARGE, what + ": the answer is for order " + orderId + " (Idempotency-Key reused?)",
                    statusCode, message);
        }
        Optional<Money> charged = MidtransAmount.parse(textOrEmpty(answer, "gross_amount"));
        if (charged.isPresent() && !charged.get().equals(request.amount())) {
            // A QR for another amount (a replayed answer, a proxy): the customer would pay the
            // wrong sum and the order could never match its settlement.
            throw unreadable(Operation.CHARGE, what + ": the answer is for " + charged.get().rupiah() + " instead of "
                    + request.amount().rupiah(), statusCode, message);
        }
        return new QrisCharge(request.orderId(), transactionId, qrString, qrImageUrl(answer), expiresAt(answer, request.expiry()),
                state.get());
    }

    /// `expiry_time` (one Midtrans sample spells it `expire_time`); without either, the
    /// requested duration from the transaction time (or from now).
    private Instant expiresAt(JsonNode answer, Duration requested) {
        return MidtransTime.parseWib(textOrEmpty(answer, "expiry_time"))
                .or(() -> MidtransTime.parseWib(textOrEmpty(answer, "expire_time")))
                .orElseGet(() -> MidtransTime.parseWib(textOrEmpty(answer, "transaction_time"))
                        .orElseGet(() -> settings.clock().instant())
                        .plus(requested));
    }

    private static String qrImageUrl(JsonNode answer) {
        JsonNode actions = answer.get("actions");
        if (actions != null && actions.isArray()) {
            for (JsonNode action : actions) {
                if (textOrEmpty(action, "name").equalsIgnoreCase("generate-qr-code")) {
                    return textOrEmpty(action, "url");
                }
            }
        }
        return "";
    }

    private static PaymentStatus toStatus(Operation operation, String requestedId, JsonNode answer) throws PaymentGatewayException {
        String what = "Midtrans " + operation.label + " for order " + requestedId;
        String statusCode = textOrEmpty(answer, "status_code");
        String message = textOrEmpty(answer, "status_message");
        String transactionStatus = textOrEmpty(answer, "transaction_status");
        String fraudStatus = textOrEmpty(answer, "fraud_status");
        Optional<PaymentStatus.State> state = TransactionStates.of(transactionStatus, fraudStatus);
        if (state.isEmpty()) {
            throw unreadable(operation, what + ": unknown or missing transaction_status '" + transactionStatus + "'", statusCode, message);
        }
        String grossAmount = textOrEmpty(answer, "gross_amount");
        Optional<Money> amount = MidtransAmount.parse(grossAmount);
        if (amount.isEmpty()) {
            throw unreadable(operation, what + ": gross_amount is not a whole rupiah amount: '" + grossAmount + "'", statusCode, message);
        }
        String orderId = textOrEmpty(answer, "order_id");
        String transactionId = textOrEmpty(answer, "transaction_id");
        if (!orderId.isBlank() && !orderId.equals(requestedId) && !transactionId.equals(requestedId)) {
            throw unreadable(operation, what + ": the answer is about order " + orderId, statusCode, message);
        }
        return new PaymentStatus(orderId.isBlank() ? requestedId : orderId, transactionId, state.get(), amount.get(), transactionStatus,
                fraudStatus, statusCode);
    }

    private Optional<JsonNode> parseObject(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String textOrEmpty(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    private static String validationMessages(JsonNode answer) {
        JsonNode messages = answer.get("validation_messages");
        return messages == null || messages.isNull() ? "" : " [" + joined(messages) + "]";
    }

    private static String joined(JsonNode values) {
        if (values == null || !values.isArray()) {
            return values == null ? "" : values.asText();
        }
        var texts = new ArrayList<String>();
        values.forEach(v -> texts.add(v.asText()));
        return String.join("; ", texts);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
    }

    // ---- OkHttp plumbing ------------------------------------------------------------------------

    /// OkHttp acts on some statuses by itself: HTTP 407 fails the call ("HTTP_PROXY_AUTH while not
    /// using a proxy") although Midtrans may use it for "expired", and a 503 with `Retry-After: 0`
    /// or a 3xx would re-send the request. Each answer is therefore relabelled 200 on its way
    /// out of the network layer, with the real status in a header that [#exchange] reads back.
    private static Response keepEveryAnswerAsSent(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        return response.newBuilder().code(200).message("OK").header(SENT_STATUS_HEADER, Integer.toString(response.code())).build();
    }

    /// Whether the request started going out: before that, a failure means Midtrans never saw
    /// it ([Kind#UNREACHABLE]); after, it may have been processed.
    private static final class SendProgress {
        private volatile boolean sent;
    }

    private static final class SendTracker extends EventListener {
        @Override
        public void requestHeadersStart(Call call) {
            SendProgress progress = call.request().tag(SendProgress.class);
            if (progress != null) {
                progress.sent = true;
            }
        }
    }

    /// Which calls may be sent a second time when their pooled connection was dead. OkHttp does
    /// that once, on a fresh connection, only after a failure on a reused one — usually a request
    /// that never arrived, but it may have been processed before the connection broke:
    /// - status reads and changes nothing;
    /// - cancel and expire are idempotent at Midtrans: a second one for a transaction the first
    ///   already ended answers 412 ("cannot be updated"), which every caller already resolves by
    ///   asking the status ([PaymentGateway]), and the end state is the same. Sent once, a dead
    ///   pooled connection would turn an overdue QR's expiry into an unknown outcome for a pass;
    /// - a charge is not: resent after Midtrans created it, it answers 406 (order id taken) or,
    ///   while the first is still running under the same `Idempotency-Key`, 202 — a QR that
    ///   exists would be reported as a failure. So it never goes on a pooled connection at all.
    private enum Operation {
        CHARGE("charge", true, false),
        STATUS("status", false, true),
        CANCEL("cancel", true, true),
        EXPIRE("expire", true, true),
        /// Idempotent through its refund key, so it may be sent again on a fresh connection.
        REFUND("refund", true, true);

        private final String label;
        /// Whether a lost answer leaves the transaction in doubt.
        private final boolean changesState;
        private final boolean resentOnDeadConnection;

        Operation(String label, boolean changesState, boolean resentOnDeadConnection) {
            this.label = label;
            this.changesState = changesState;
            this.resentOnDeadConnection = resentOnDeadConnection;
        }
    }
}
