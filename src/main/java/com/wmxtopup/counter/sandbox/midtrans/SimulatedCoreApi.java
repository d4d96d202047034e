package com.wmxtopup.counter.sandbox.midtrans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/// The simulated Core API: transactions, validation, state changes and Midtrans-shaped JSON
/// answers (specs/midtrans-api.md §2–§5, §8). Knows nothing about HTTP; one lock guards all state,
/// and every state change queues its notification while still holding it, so notifications of
/// one order are queued in the order the changes happened.
final class SimulatedCoreApi {

    static final String MERCHANT_ID = "G141532255";
    static final String NMID = "ID1025364758690";
    static final String MERCHANT_NAME = "WMX TOPUP DEMO";
    static final String MERCHANT_CITY = "JAKARTA";
    static final String POSTAL_CODE = "10110";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter WIB_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(WIB);
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss Z");
    private static final Pattern ORDER_ID_CHARACTERS = Pattern.compile("[A-Za-z0-9_~.\\-]+");
    private static final int MAX_ORDER_ID_LENGTH = 50;
    private static final int MAX_ITEM_NAME_LENGTH = 50;
    private static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);
    private static final Duration MIN_EXPIRY = Duration.ofSeconds(20);
    private static final Duration MAX_EXPIRY = Duration.ofDays(7);
    /// Payment types Midtrans knows but this merchant has not activated: 402, like a QRIS-only account.
    private static final Set<String> INACTIVE_PAYMENT_TYPES = Set.of("gopay", "shopeepay", "dana", "credit_card", "bank_transfer",
            "echannel", "permata", "cstore", "akulaku", "kredivo", "bca_klikpay", "bca_klikbca", "bri_epay", "cimb_clicks",
            "danamon_online", "uob_ezpay");

    private final String serverKey;
    private final Supplier<Instant> clock;
    private final Supplier<URI> baseUrl;
    private volatile Optional<URI> defaultNotificationUrl;
    private final NotificationSender notifications;
    private final Random random;
    private final ObjectMapper json = new ObjectMapper();
    private final Object lock = new Object();
    /// The latest transaction of each order id (an id can be charged again after cancel/expire).
    private final Map<String, Transaction> byOrderId = new HashMap<>();
    private final Map<String, Transaction> byTransactionId = new LinkedHashMap<>();

    SimulatedCoreApi(String serverKey, Supplier<Instant> clock, Supplier<URI> baseUrl, Optional<URI> defaultNotificationUrl,
            NotificationSender notifications, long randomSeed) {
        this.serverKey = serverKey;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.defaultNotificationUrl = defaultNotificationUrl;
        this.notifications = notifications;
        this.random = new Random(randomSeed);
    }

    void setDefaultNotificationUrl(URI url) {
        defaultNotificationUrl = Optional.of(url);
    }

    // ---- POST /v2/charge ------------------------------------------------------------------------

    Answer charge(byte[] body, String overrideNotification, String appendNotification) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return malformedBody();
        }
        if (root == null || !root.isObject()) {
            return malformedBody();
        }
        var problems = new ArrayList<String>();
        String paymentType = root.path("payment_type").asText("").trim().toLowerCase(Locale.ROOT);
        if (paymentType.isEmpty()) {
            problems.add("payment_type is required");
        } else if (INACTIVE_PAYMENT_TYPES.contains(paymentType)) {
            return error(402, "Payment channel is not activated.");
        } else if (!paymentType.equals("qris")) {
            problems.add("payment_type is not supported");
        }
        JsonNode details = root.path("transaction_details");
        String orderId = details.path("order_id").isValueNode() ? details.path("order_id").asText() : "";
        if (orderId.isEmpty()) {
            problems.add("transaction_details.order_id is required");
        } else if (orderId.length() > MAX_ORDER_ID_LENGTH) {
            problems.add("transaction_details.order_id may not be longer than 50 characters");
        } else if (!ORDER_ID_CHARACTERS.matcher(orderId).matches()) {
            problems.add("transaction_details.order_id may only contain letters, digits, '-', '_', '~' and '.'");
        }
        Long gross = integer(details.get("gross_amount"), "transaction_details.gross_amount", problems);
        if (gross != null && gross <= 0) {
            problems.add("transaction_details.gross_amount must be greater than 0");
        }
        checkItems(root.get("item_details"), gross, problems);
        Instant now = clock.get();
        Instant expiry = expiry(root.get("custom_expiry"), now, problems);
        Map<String, String> customFields = new LinkedHashMap<>();
        for (String field : List.of("custom_field1", "custom_field2", "custom_field3")) {
            if (root.path(field).isValueNode()) {
                customFields.put(field, root.get(field).asText());
            }
        }
        if (!problems.isEmpty()) {
            return validation(problems);
        }
        synchronized (lock) {
            Transaction existing = byOrderId.get(orderId);
            if (existing != null) {
                expireIfDue(existing);
                if (!existing.orderIdReusable()) {
                    return error(406,
                            "The request could not be completed due to a conflict with the current state of the target resource, please try again");
                }
            }
            String transactionId = uuid();
            String reference = uuid();
            String qr = QrisPayload.build(MERCHANT_ID, NMID, MERCHANT_NAME, MERCHANT_CITY, POSTAL_CODE, gross, reference, "A01");
            var tx = new Transaction(orderId, transactionId, gross, now, expiry, qr, reference,
                    notificationUrls(overrideNotification, appendNotification), customFields);
            byOrderId.put(orderId, tx);
            byTransactionId.put(transactionId, tx);
            ObjectNode answer = json.createObjectNode();
            answer.put("status_code", "201");
            answer.put("status_message", "QRIS transaction is created");
            answer.put("transaction_id", transactionId);
            answer.put("order_id", orderId);
            answer.put("merchant_id", MERCHANT_ID);
            answer.put("gross_amount", amount(gross));
            answer.put("currency", "IDR");
            answer.put("payment_type", "qris");
            answer.put("transaction_time", WIB_TIME.format(now));
            answer.put("transaction_status", "pending");
            answer.put("fraud_status", "accept");
            ArrayNode actions = answer.putArray("actions");
            ObjectNode qrImage = actions.addObject();
            qrImage.put("name", "generate-qr-code");
            qrImage.put("method", "GET");
            qrImage.put("url", qrImageUrl(transactionId));
            answer.put("qr_string", qr);
            answer.put("acquirer", "gopay");
            answer.put("expiry_time", WIB_TIME.format(expiry));
            customFields.forEach(answer::put);
            notify(tx);
            return Answer.json(201, write(answer));
        }
    }

    private void checkItems(JsonNode items, Long gross, List<String> problems) {
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            problems.add("item_details must be an array");
            return;
        }
        long sum = 0;
        boolean sumKnown = true;
        for (JsonNode item : items) {
            Long price = integer(item.get("price"), "item_details.price", problems);
            Long quantity = integer(item.get("quantity"), "item_details.quantity", problems);
            if (quantity != null && quantity < 1) {
                problems.add("item_details.quantity must be at least 1");
            }
            String name = item.path("name").isValueNode() ? item.get("name").asText() : "";
            if (name.isBlank()) {
                problems.add("item_details.name is required");
            } else if (name.codePointCount(0, name.length()) > MAX_ITEM_NAME_LENGTH) {
                problems.add("item_details.name may not be longer than 50 characters");
            }
            if (price == null || quantity == null) {
                sumKnown = false;
                continue;
            }
            try {
                sum = Math.addExact(sum, Math.multiplyExact(price, quantity));
            } catch (ArithmeticException e) {
                problems.add("item_details amounts are too large");
                sumKnown = false;
            }
        }
        if (sumKnown && gross != null && sum != gross) {
            problems.add("transaction_details.gross_amount is not equal to the sum of item_details");
        }
    }

    private static Instant expiry(JsonNode custom, Instant now, List<String> problems) {
        if (custom == null || custom.isNull()) {
            return now.plus(DEFAULT_EXPIRY);
        }
        Long duration = integer(custom.get("expiry_duration"), "custom_expiry.expiry_duration", problems);
        Duration unit = switch (custom.path("unit").asText("minute").trim().toLowerCase(Locale.ROOT)) {
            case "second", "seconds" -> Duration.ofSeconds(1);
            case "minute", "minutes" -> Duration.ofMinutes(1);
            case "hour", "hours" -> Duration.ofHours(1);
            case "day", "days" -> Duration.ofDays(1);
            default -> null;
        };
        if (unit == null) {
            problems.add("custom_expiry.unit must be second, minute, hour or day");
        }
        Instant start = now;
        if (custom.hasNonNull("order_time")) {
            try {
                start = OffsetDateTime.parse(custom.get("order_time").asText(), ORDER_TIME).toInstant();
            } catch (DateTimeException e) {
                problems.add("custom_expiry.order_time must look like 2025-03-01 10:15:00 +0700");
            }
        }
        if (duration == null || unit == null) {
            return now.plus(DEFAULT_EXPIRY);
        }
        if (duration <= 0 || duration > MAX_EXPIRY.dividedBy(unit)) {
            problems.add(
                    duration <= 0 ? "custom_expiry.expiry_duration must be greater than 0" : "custom_expiry is above maximum threshold");
            return now.plus(DEFAULT_EXPIRY);
        }
        Instant expiry = start.plus(unit.multipliedBy(duration));
        if (Duration.between(now, expiry).compareTo(MIN_EXPIRY) < 0) {
            problems.add("custom_expiry is below minimum threshold");
        }
        return expiry;
    }

    /// A JSON integer (not `25000.0`, not `"25000"`: Midtrans wants whole numbers).
    private static Long integer(JsonNode node, String name, List<String> problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(name + " is required");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problems.add(name + " must be an integer");
            return null;
        }
        return node.asLong();
    }

    /// `X-Override-Notification` replaces the default URL; `X-Append-Notification` adds to it.
    /// Comma-separated, at most 3, http(s) only.
    private List<URI> notificationUrls(String override, String append) {
        if (override != null && !override.isBlank()) {
            return parseUrls(override);
        }
        var urls = new ArrayList<URI>();
        defaultNotificationUrl.ifPresent(urls::add);
        if (append != null && !append.isBlank()) {
            urls.addAll(parseUrls(append));
        }
        return urls;
    }

    private static List<URI> parseUrls(String header) {
        var urls = new ArrayList<URI>();
        for (String part : header.split(",")) {
            try {
                URI url = URI.create(part.trim());
                String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null && urls.size() < 3) {
                    urls.add(url);
                }
            } catch (IllegalArgumentException e) {
                // Midtrans ignores what is not a URL; so does the simulator.
            }
        }
        return urls;
    }

    // ---- status, cancel, expire, refund ---------------------------------------------------------

    Answer status(String id) {
        synchronized (lock) {
            Transaction tx = find(id);
            if (tx == null) {
                return notFound();
            }
            expireIfDue(tx);
            int code = statusCodeOf(tx.status);
            return Answer.json(code, write(signed(fields(tx, code, "Success, transaction is found"))));
        }
    }

    Answer cancel(String id) {
        synchronized (lock) {
            Transaction tx = find(id);
            if (tx == null) {
                return notFound();
            }
            expireIfDue(tx);
            if (!tx.isPending()) {
                return error(412, "Merchant cannot modify the status of the transaction");
            }
            tx.status = "cancel";
            notify(tx);
            return Answer.json(200, write(fields(tx, 200, "Success, transaction is canceled")));
        }
    }

    Answer expire(String id) {
        synchronized (lock) {
            Transaction tx = find(id);
            if (tx == null) {
                return notFound();
            }
            // Its time ran out a moment ago and nobody looked yet: that is the expiry asked for.
            boolean expiredJustNow = expireIfDue(tx);
            if (!tx.isPending() && !expiredJustNow) {
                return error(412, "Merchant cannot modify the status of the transaction");
            }
            if (!expiredJustNow) {
                tx.status = "expire";
                notify(tx);
            }
            return Answer.json(407, write(fields(tx, 407, "Success, transaction is expired")));
        }
    }

    /// Body (all optional): `{"refund_key": "...", "amount": 25000, "reason": "..."}`; default amount: what is left.
    Answer refund(String id, byte[] body) {
        JsonNode request = json.createObjectNode();
        if (body.length > 0) {
            try {
                request = json.readTree(body);
            } catch (IOException e) {
                return malformedBody();
            }
        }
        synchronized (lock) {
            Transaction tx = find(id);
            if (tx == null) {
                return notFound();
            }
            if (!(tx.status.equals("settlement") || tx.status.equals("partial_refund"))) {
                return error(412, "Merchant cannot modify the status of the transaction");
            }
            long left = tx.grossAmount - tx.refundedAmount;
            JsonNode amountNode = request == null ? null : request.get("amount");
            long amount = left;
            if (amountNode != null && !amountNode.isNull()) {
                if (!amountNode.isIntegralNumber() || !amountNode.canConvertToLong()) {
                    return error(414, "Refund request is rejected due to invalid amount");
                }
                amount = amountNode.asLong();
            }
            if (amount <= 0 || amount > left) {
                return error(414, "Refund request is rejected due to invalid amount");
            }
            tx.refundedAmount += amount;
            tx.status = tx.refundedAmount == tx.grossAmount ? "refund" : "partial_refund";
            notify(tx);
            ObjectNode answer = json.createObjectNode();
            answer.put("status_code", "200");
            answer.put("status_message", "Success, refund request is approved");
            answer.put("transaction_id", tx.transactionId);
            answer.put("order_id", tx.orderId);
            answer.put("gross_amount", amount(tx.grossAmount));
            answer.put("currency", "IDR");
            answer.put("payment_type", "qris");
            answer.put("transaction_time", WIB_TIME.format(tx.transactionTime));
            answer.put("transaction_status", tx.status);
            answer.put("refund_chargeback_id", 100_000 + random.nextInt(900_000));
            answer.put("refund_amount", amount(amount));
            answer.put("refund_key", request == null ? "" : request.path("refund_key").asText(""));
            return Answer.json(200, write(answer));
        }
    }

    // ---- what the customer (or time) does -------------------------------------------------------

    SimulatedTransaction pay(String id, String issuer) {
        synchronized (lock) {
            Transaction tx = pendingOrThrow(id, "pay");
            tx.status = "settlement";
            tx.settlementTime = clock.get();
            tx.issuer = issuer;
            tx.transactionType = issuer.equalsIgnoreCase("gopay") ? "on-us" : "off-us";
            notify(tx);
            return tx.snapshot();
        }
    }

    SimulatedTransaction deny(String id) {
        synchronized (lock) {
            Transaction tx = pendingOrThrow(id, "deny");
            tx.status = "deny";
            notify(tx);
            return tx.snapshot();
        }
    }

    SimulatedTransaction expireNow(String id) {
        synchronized (lock) {
            Transaction tx = pendingOrThrow(id, "expire");
            tx.status = "expire";
            notify(tx);
            return tx.snapshot();
        }
    }

    /// Expires every pending transaction whose expiry time has come (with notifications).
    void expireDue() {
        synchronized (lock) {
            byTransactionId.values().forEach(this::expireIfDue);
        }
    }

    Optional<SimulatedTransaction> snapshot(String id) {
        synchronized (lock) {
            Transaction tx = find(id);
            if (tx != null) {
                expireIfDue(tx);
            }
            return Optional.ofNullable(tx).map(Transaction::snapshot);
        }
    }

    List<SimulatedTransaction> all() {
        synchronized (lock) {
            return byTransactionId.values().stream().map(Transaction::snapshot)
                    .sorted(Comparator.comparing(SimulatedTransaction::transactionTime)).toList();
        }
    }

    Optional<String> qrStringOfTransaction(String transactionId) {
        synchronized (lock) {
            return Optional.ofNullable(byTransactionId.get(transactionId)).map(tx -> tx.qrString);
        }
    }

    private Transaction pendingOrThrow(String id, String action) {
        Transaction tx = find(id);
        if (tx == null) {
            throw new NoSuchElementException("no transaction with order id or transaction id " + id);
        }
        expireIfDue(tx);
        if (!tx.isPending()) {
            throw new IllegalStateException("cannot " + action + " " + id + ": it is " + tx.status + ", not pending");
        }
        return tx;
    }

    private Transaction find(String id) {
        Transaction tx = byOrderId.get(id);
        return tx != null ? tx : byTransactionId.get(id);
    }

    /// Returns whether it expired just now.
    private boolean expireIfDue(Transaction tx) {
        if (tx.isPending() && !clock.get().isBefore(tx.expiryTime)) {
            tx.status = "expire";
            notify(tx);
            return true;
        }
        return false;
    }

    // ---- bodies ---------------------------------------------------------------------------------

    /// Body `status_code` of GET status per state (spec §3.1).
    static int statusCodeOf(String transactionStatus) {
        return switch (transactionStatus) {
            case "pending" -> 201;
            case "expire" -> 407;
            case "deny" -> 202;
            default -> 200;
        };
    }

    /// Body `status_code` of a notification per state (spec §4.2).
    static int notificationCodeOf(String transactionStatus) {
        return switch (transactionStatus) {
            case "pending" -> 201;
            case "settlement", "capture", "refund", "partial_refund" -> 200;
            default -> 202;
        };
    }

    private void notify(Transaction tx) {
        ObjectNode body = signed(fields(tx, notificationCodeOf(tx.status), "midtrans payment notification"));
        notifications.send(tx.orderId, tx.status, body, tx.notificationUrls);
    }

    /// The field set shared by GET status and notifications.
    private ObjectNode fields(Transaction tx, int statusCode, String statusMessage) {
        ObjectNode node = json.createObjectNode();
        node.put("status_code", Integer.toString(statusCode));
        node.put("status_message", statusMessage);
        node.put("transaction_id", tx.transactionId);
        node.put("order_id", tx.orderId);
        node.put("merchant_id", MERCHANT_ID);
        node.put("gross_amount", amount(tx.grossAmount));
        node.put("currency", "IDR");
        node.put("payment_type", "qris");
        node.put("transaction_time", WIB_TIME.format(tx.transactionTime));
        node.put("transaction_status", tx.status);
        node.put("fraud_status", tx.fraudStatus);
        node.put("acquirer", "gopay");
        node.put("expiry_time", WIB_TIME.format(tx.expiryTime));
        if (tx.settlementTime != null) {
            node.put("settlement_time", WIB_TIME.format(tx.settlementTime));
            node.put("issuer", tx.issuer);
            node.put("transaction_type", tx.transactionType);
            node.put("merchant_cross_reference_id", tx.reference);
        }
        if (tx.refundedAmount > 0) {
            node.put("refund_amount", amount(tx.refundedAmount));
        }
        tx.customFields.forEach(node::put);
        return node;
    }

    private ObjectNode signed(ObjectNode node) {
        node.put("signature_key", SimulatorSignature.sign(node.get("order_id").asText(), node.get("status_code").asText(),
                node.get("gross_amount").asText(), serverKey));
        return node;
    }

    static String amount(long rupiah) {
        return rupiah + ".00";
    }

    String qrImageUrl(String transactionId) {
        return baseUrl.get() + "/v2/qris/" + transactionId + "/qr-code";
    }

    Answer notFound() {
        return error(404, "Transaction doesn't exist.");
    }

    Answer unauthorized() {
        return error(401, "Transaction cannot be authorized with the current client/server key.");
    }

    Answer malformedBody() {
        return error(413, "The request cannot be processed due to malformed syntax in the request body");
    }

    Answer internalError() {
        return error(500, "Sorry. Our system is recovering from unexpected issues. Please retry.");
    }

    Answer unavailable() {
        return Answer.fixed(503, Answer.JSON, write(errorBody(503, "Bank/partner is experiencing connection issue.")));
    }

    Answer unknownPath() {
        return error(404, "The requested resource is not found");
    }

    Answer methodNotAllowed() {
        return error(405, "HTTP method is not allowed");
    }

    private Answer validation(List<String> problems) {
        ObjectNode body = errorBody(400, "One or more parameters in the payload is invalid.");
        ArrayNode messages = body.putArray("validation_messages");
        problems.forEach(messages::add);
        return Answer.json(400, write(body));
    }

    private Answer error(int statusCode, String message) {
        return Answer.json(statusCode, write(errorBody(statusCode, message)));
    }

    private ObjectNode errorBody(int statusCode, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("status_code", Integer.toString(statusCode));
        body.put("status_message", message);
        body.put("id", uuid());
        return body;
    }

    private String uuid() {
        // A version-4 UUID from the seeded generator, so a run can be repeated.
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a simulator answer", e);
        }
    }
}
