package com.wmxtopup.counter.adapter.vip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.application.port.CallbackCheck;
import com.wmxtopup.counter.application.port.Nickname;
import com.wmxtopup.counter.application.port.PrepaidFilter;
import com.wmxtopup.counter.application.port.PrepaidProduct;
import com.wmxtopup.counter.application.port.PrepaidSupplier;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.SupplierException.Kind;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Accepted;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Rejected;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.RejectionReason;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.TemporaryReason;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.TryLater;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Unknown;
import com.wmxtopup.counter.application.port.SupplierTransaction;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.EventListener;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// VIP Reseller's H2H API (specs/vip-reseller-api.md) as a [TopUpSupplier] and a
/// [PrepaidSupplier]: form-encoded POSTs to `<base>/profile`, `<base>/game-feature` and
/// `<base>/prepaid`, each carrying `key` and the static `sign`.
///
/// Safety rules this class keeps:
/// - An order is sent at most once: no automatic retries, no redirects, no retry of a dead
///   connection (`retryOnConnectionFailure(false)`) — and never on a pooled connection. Servers
///   close idle keep-alive connections (Apache after 5 s; an HTTP/1.0 server after every
///   answer), and an order written onto such a connection comes back without an answer although
///   it never arrived: an unknown outcome, and a paid order waiting for reconciliation for
///   nothing. So orders go through their own client whose pool keeps no idle connection, with
///   `Connection: close`: each order opens a fresh connection that closes after its answer.
/// - Reads (profile, catalog, nickname, status) change nothing at the supplier, so they share a
///   pool and are sent again once on a fresh connection when a pooled one turns out dead:
///   otherwise the first nickname check after the supplier closed an idle connection would say
///   "no answer".
/// - [#placeOrder] and [#placePrepaidOrder] say [Unknown] whenever any byte of the order may
///   have reached the supplier and no readable answer came back; [TryLater] with
///   [TemporaryReason#NOT_SENT] only when the request provably never left (an [EventListener]
///   sees whether writing the request began).
/// - Neither the key nor the sign ever appears in a message, a log line or an exception.
///
/// One instance owns its two OkHttp clients (one dispatcher); [#close] releases their threads
/// and connections.
public final class VipResellerClient implements TopUpSupplier, PrepaidSupplier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VipResellerClient.class);

    /// Large enough for a 10,000-item catalog (about 2 MB), small enough that a broken proxy
    /// cannot fill the heap.
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(6);
    private static final Duration SIMILAR_IN_PROCESS_WAIT = Duration.ofSeconds(30);
    private static final Duration MAINTENANCE_WAIT = Duration.ofMinutes(5);
    /// Someone has to fix the API settings or the whitelist; asking every few seconds would only
    /// fill the log.
    private static final Duration AUTHENTICATION_WAIT = Duration.ofMinutes(5);
    private static final Duration NOT_SENT_WAIT = Duration.ofSeconds(15);

    private final VipResellerSettings settings;
    private final Clock clock;
    private final VipSignature signature;
    private final OkHttpClient reads;
    private final OkHttpClient orders;
    private final ObjectMapper json = VipJson.newMapper();
    private final HttpUrl profileUrl;
    private final HttpUrl gameFeatureUrl;
    private final HttpUrl prepaidUrl;

    public VipResellerClient(VipResellerSettings settings, Clock clock) {
        this(settings, clock, Dns.SYSTEM);
    }

    /// With another name resolver underneath the IPv4 preference (tests of lookup failures).
    VipResellerClient(VipResellerSettings settings, Clock clock, Dns dns) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signature = new VipSignature(settings.apiId(), settings.apiKey());
        this.profileUrl = endpoint(settings.baseUrl(), "profile");
        this.gameFeatureUrl = endpoint(settings.baseUrl(), "game-feature");
        this.prepaidUrl = endpoint(settings.baseUrl(), "prepaid");
        this.reads = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // OkHttp sends a request again only when it failed on a pooled connection, and
                // then once, on a fresh one; a failure on a fresh connection is final.
                .retryOnConnectionFailure(true)
                .followRedirects(false)
                .followSslRedirects(false)
                .dns(new PreferIpv4Dns(dns))
                .eventListener(new RequestWriteListener())
                .build();
        // Same dispatcher, timeouts and listener (so "was the order written?" still works), but
        // a pool that keeps nothing idle: every order connects afresh.
        this.orders = reads.newBuilder()
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .retryOnConnectionFailure(false)
                .build();
    }

    private static HttpUrl endpoint(String baseUrl, String name) {
        HttpUrl url = HttpUrl.parse(baseUrl + "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("not a usable VIP Reseller base URL: " + baseUrl);
        }
        return url;
    }

    // ---------------------------------------------------------------- account and catalog

    @Override
    public SupplierAccount account() throws SupplierException {
        var envelope = call(profileUrl, "profile", form(null));
        VipJson.Profile profile = dataAs(envelope, VipJson.Profile.class, "profile");
        if (profile.balance() == null) {
            throw malformed("profile", "the profile has no balance");
        }
        return new SupplierAccount(Objects.requireNonNullElse(profile.fullName(), ""),
                Objects.requireNonNullElse(profile.username(), ""),
                money(profile.balance(), "profile"), priceLevel(profile.level()));
    }

    /// Unknown level names count as Basic: the dearest tier, so margins are never overstated.
    private static PriceLevel priceLevel(String level) {
        String name = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "PREMIUM" -> PriceLevel.PREMIUM;
            case "SPECIAL" -> PriceLevel.SPECIAL;
            default -> PriceLevel.BASIC;
        };
    }

    @Override
    public List<Product> products(Optional<String> game) throws SupplierException {
        var fields = form("services");
        game.map(String::strip).filter(g -> !g.isEmpty()).ifPresent(g -> {
            fields.put("filter_type", "game");
            fields.put("filter_value", g);
        });
        String operation = "services" + game.map(g -> " of " + g).orElse("");
        Instant now = clock.instant();
        return catalog(gameFeatureUrl, operation, fields, VipJson.Service.class, service -> toProduct(service, now));
    }

    private static Optional<Product> toProduct(VipJson.Service service, Instant now) {
        if (isBlank(service.code()) || isBlank(service.game()) || isBlank(service.name())) {
            return Optional.empty();
        }
        return buyPrices(service.price()).map(prices -> new Product(service.code().strip(), service.game().strip(),
                service.name().strip(), prices, isAvailable(service.status()) ? ProductStatus.AVAILABLE : ProductStatus.EMPTY, now));
    }

    /// The items of a `services` answer that `convert` can make sense of; the others are skipped
    /// (and counted in the log) so that one broken item does not hide a whole catalog. No match
    /// for the filter is an empty list, not an error.
    private <T, R> List<R> catalog(HttpUrl url, String operation, Map<String, String> fields, Class<T> itemType,
            Function<T, Optional<R>> convert) throws SupplierException {
        Answer answer = exchange(url, operation, fields);
        if (Boolean.FALSE.equals(answer.envelope().succeeded()) && SupplierMessages.isNoServicesFound(answer.envelope().messageText())) {
            return List.of();
        }
        var envelope = requireSuccess(answer, operation);
        var items = new ArrayList<R>();
        int skipped = 0;
        for (JsonNode node : elements(envelope.data(), operation)) {
            Optional<R> item = convert.apply(treeAs(node, itemType, operation));
            if (item.isPresent()) {
                items.add(item.get());
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            log.warn("VIP Reseller {}: skipped {} item(s) without code, name, game/brand or basic price", operation, skipped);
        }
        return List.copyOf(items);
    }

    /// The buy prices by level; empty without a usable basic price. A missing or negative
    /// premium/special price is left out (the basic price then applies).
    private static Optional<Map<PriceLevel, Money>> buyPrices(VipJson.Prices prices) {
        if (prices == null || prices.basic() == null || prices.basic() < 0) {
            return Optional.empty();
        }
        var buyPrices = new EnumMap<PriceLevel, Money>(PriceLevel.class);
        buyPrices.put(PriceLevel.BASIC, Money.rupiah(prices.basic()));
        if (prices.premium() != null && prices.premium() >= 0) {
            buyPrices.put(PriceLevel.PREMIUM, Money.rupiah(prices.premium()));
        }
        if (prices.special() != null && prices.special() >= 0) {
            buyPrices.put(PriceLevel.SPECIAL, Money.rupiah(prices.special()));
        }
        return Optional.of(buyPrices);
    }

    /// Anything but an explicit "available" is not for sale: selling what the supplier cannot
    /// deliver costs a refund and a customer.
    private static boolean isAvailable(String status) {
        return "available".equalsIgnoreCase(Objects.requireNonNullElse(status, "").strip());
    }

    @Override
    public Nickname nickname(String nicknameCode, TopUpTarget target) throws SupplierException {
        Objects.requireNonNull(nicknameCode, "nicknameCode");
        Objects.requireNonNull(target, "target");
        var fields = form("get-nickname");
        fields.put("code", nicknameCode);
        fields.put("target", target.userId());
        fields.put("additional_target", target.zoneId());
        String operation = "nickname (" + nicknameCode + ") of " + target.display();
        Answer answer = exchange(gameFeatureUrl, operation, fields);
        VipJson.Envelope envelope = answer.envelope();
        if (Boolean.FALSE.equals(envelope.succeeded())) {
            String message = redact(envelope.messageText());
            Kind kind = SupplierMessages.classify(message);
            // The failure wording of get-nickname is not documented: anything that is not a
            // known account-level refusal means the player was not found.
            if (kind == Kind.REJECTED || kind == Kind.NOT_FOUND || kind == Kind.PRODUCT_UNAVAILABLE) {
                throw new SupplierException(Kind.TARGET_NOT_FOUND,
                        "VIP Reseller found no player for " + operation + ": " + message, message, "", null);
            }
            throw refusal(kind, operation, message);
        }
        requireSuccess(answer, operation);
        JsonNode data = envelope.data();
        if (data == null || !data.isValueNode() || data.isNull() || data.asText().isBlank()) {
            throw malformed(operation, "the nickname is not a text");
        }
        JsonNode country = envelope.country();
        String countryCode = country != null && country.isObject() ? country.path("code").asText("") : "";
        return new Nickname(data.asText().strip(), countryCode.strip());
    }

    // ---------------------------------------------------------------- orders

    @Override
    public SupplierOrderOutcome placeOrder(String sku, TopUpTarget target) {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(target, "target");
        var fields = form("order");
        fields.put("service", sku);
        fields.put("data_no", target.userId());
        // Always a separate field (empty when the game has none), never "id(zone)".
        fields.put("data_zone", target.zoneId());
        return submitOrder(gameFeatureUrl, "order " + sku + " for " + target.display(), fields);
    }

    /// Sends one `type=order` request, once, and says what became of it. Never throws: the ports
    /// promise an answer, and nothing in an unexpected failure says whether the request left, so
    /// the only safe answer then is that the order may exist.
    private SupplierOrderOutcome submitOrder(HttpUrl url, String operation, Map<String, String> fields) {
        try {
            return order(url, operation, fields);
        } catch (RuntimeException e) {
            log.error("VIP Reseller {} failed unexpectedly; the order may exist, reconcile before ordering again", operation, e);
            return new Unknown("unexpected failure: " + e.getClass().getSimpleName());
        }
    }

    private SupplierOrderOutcome order(HttpUrl url, String operation, Map<String, String> fields) {
        Reply reply;
        try {
            reply = send(url, fields, true);
        } catch (TransportFailure failure) {
            if (!failure.requestWritten()) {
                log.warn("VIP Reseller {} was not sent: {}", operation, failure.getCause().toString());
                return new TryLater(NOT_SENT_WAIT, TemporaryReason.NOT_SENT, "");
            }
            log.warn("VIP Reseller {}: no answer after sending; the order may exist, reconcile before ordering again",
                    operation, failure.getCause());
            return new Unknown("no answer after the order was sent: " + describe(failure.getCause()));
        }
        if (reply.httpStatus() != 200) {
            log.warn("VIP Reseller {}: HTTP {}; the order may exist, reconcile before ordering again", operation, reply.httpStatus());
            return new Unknown("HTTP " + reply.httpStatus() + " from the supplier");
        }
        VipJson.Envelope envelope;
        try {
            envelope = parse(reply.body());
        } catch (JsonProcessingException e) {
            log.warn("VIP Reseller {}: unreadable answer; the order may exist, reconcile before ordering again", operation, e);
            return new Unknown("the supplier's answer is not JSON");
        }
        return readOrderAnswer(envelope, operation);
    }

    private SupplierOrderOutcome readOrderAnswer(VipJson.Envelope envelope, String operation) {
        Boolean succeeded = envelope.succeeded();
        Optional<VipJson.Transaction> placed = firstTransaction(envelope.data());
        Optional<String> trxId = placed.map(VipJson.Transaction::trxid).filter(id -> !isBlank(id)).map(String::strip);
        if (succeeded == null) {
            log.warn("VIP Reseller {}: answer without a result; the order may exist", operation);
            return new Unknown("the supplier's answer has no result field");
        }
        if (!succeeded) {
            if (trxId.isPresent()) {
                // A refusal that names a transaction contradicts itself; treat it as unknown.
                log.warn("VIP Reseller {}: refused but names transaction {}; the order may exist", operation, trxId.get());
                return new Unknown("refused, yet the answer names transaction " + trxId.get());
            }
            return refusalOutcome(redact(envelope.messageText()), operation);
        }
        if (trxId.isEmpty()) {
            log.warn("VIP Reseller {}: accepted without a trxid; the order may exist", operation);
            return new Unknown("accepted without a transaction id");
        }
        VipJson.Transaction order = placed.get();
        log.info("VIP Reseller {} accepted as {}", operation, trxId.get());
        return new Accepted(trxId.get(), lenientMoney(order.price()), lenientMoney(order.balance()),
                Objects.requireNonNullElse(order.note(), ""));
    }

    private static SupplierOrderOutcome refusalOutcome(String message, String operation) {
        Kind kind = SupplierMessages.classify(message);
        SupplierOrderOutcome outcome = switch (kind) {
            case AUTHENTICATION -> new TryLater(AUTHENTICATION_WAIT, TemporaryReason.AUTHENTICATION, message);
            case MAINTENANCE -> new TryLater(MAINTENANCE_WAIT, TemporaryReason.MAINTENANCE, message);
            case RATE_LIMITED -> SupplierMessages.isSimilarInProcess(message)
                    ? new TryLater(SIMILAR_IN_PROCESS_WAIT, TemporaryReason.SIMILAR_IN_PROCESS, message)
                    : new TryLater(SupplierMessages.retryAfter(message).orElse(DEFAULT_RATE_LIMIT_WAIT), TemporaryReason.RATE_LIMITED,
                            message);
            case INSUFFICIENT_BALANCE -> new Rejected(RejectionReason.INSUFFICIENT_BALANCE, message);
            case PRODUCT_UNAVAILABLE -> new Rejected(RejectionReason.PRODUCT_UNAVAILABLE, message);
            default ->
                new Rejected(SupplierMessages.isInvalidTarget(message) ? RejectionReason.INVALID_TARGET : RejectionReason.OTHER, message);
        };
        log.info("VIP Reseller {} refused: {}", operation, message);
        return outcome;
    }

    // ---------------------------------------------------------------- status

    @Override
    public SupplierTransaction transaction(String trxId) throws SupplierException {
        Objects.requireNonNull(trxId, "trxId");
        return transactionAt(gameFeatureUrl, "status of " + trxId, trxId);
    }

    @Override
    public List<SupplierTransaction> recentTransactions(int limit) throws SupplierException {
        return recentTransactionsAt(gameFeatureUrl, "recent " + limit + " transactions", limit);
    }

    private SupplierTransaction transactionAt(HttpUrl url, String operation, String trxId) throws SupplierException {
        var fields = form("status");
        fields.put("trxid", trxId);
        List<SupplierTransaction> found = transactions(call(url, operation, fields), operation);
        if (found.isEmpty()) {
            throw new SupplierException(Kind.NOT_FOUND, "VIP Reseller does not know transaction " + trxId);
        }
        return found.stream().filter(t -> t.trxId().equals(trxId.strip())).findFirst()
                .orElseThrow(() -> malformed(operation, "the answer is about another transaction"));
    }

    private List<SupplierTransaction> recentTransactionsAt(HttpUrl url, String operation, int limit) throws SupplierException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        var fields = form("status");
        fields.put("limit", Integer.toString(limit));
        List<SupplierTransaction> found = transactions(call(url, operation, fields), operation);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private List<SupplierTransaction> transactions(VipJson.Envelope envelope, String operation) throws SupplierException {
        var result = new ArrayList<SupplierTransaction>();
        for (JsonNode node : elements(envelope.data(), operation)) {
            VipJson.Transaction dto = treeAs(node, VipJson.Transaction.class, operation);
            result.add(toTransaction(dto).orElseThrow(() -> malformed(operation, "a transaction without trxid or status")));
        }
        return List.copyOf(result);
    }

    private static Optional<SupplierTransaction> toTransaction(VipJson.Transaction dto) {
        if (isBlank(dto.trxid()) || isBlank(dto.status())) {
            return Optional.empty();
        }
        var target = new TopUpTarget(dto.data(), dto.zone());
        return Optional.of(new SupplierTransaction(dto.trxid().strip(), target, dto.service(), state(dto.status()), dto.note(),
                lenientMoney(dto.price())));
    }

    /// The documented words are waiting, processing, success and error; third-party tables add
    /// pending, process and failed (spec §3.4). Anything else is read as still in progress: a
    /// final state is never guessed.
    static SupplierTransaction.State state(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "waiting", "pending" -> SupplierTransaction.State.WAITING;
            case "processing", "process" -> SupplierTransaction.State.PROCESSING;
            case "success" -> SupplierTransaction.State.SUCCESS;
            case "error", "failed" -> SupplierTransaction.State.ERROR;
            default -> {
                log.warn("VIP Reseller sent the unknown transaction status '{}'; treating it as processing", word);
                yield SupplierTransaction.State.PROCESSING;
            }
        };
    }

    // ---------------------------------------------------------------- prepaid (spec §5)

    @Override
    public List<PrepaidProduct> prepaidProducts(Optional<PrepaidFilter> filter) throws SupplierException {
        Objects.requireNonNull(filter, "filter");
        var fields = form("services");
        filter.ifPresent(f -> {
            fields.put("filter_type", switch (f.by()) {
                case TYPE -> "type";
                case BRAND -> "brand";
            });
            fields.put("filter_value", f.value());
        });
        String operation = "prepaid services"
                + filter.map(f -> " of " + f.by().name().toLowerCase(Locale.ROOT) + " " + f.value()).orElse("");
        return catalog(prepaidUrl, operation, fields, VipJson.PrepaidService.class, VipResellerClient::toPrepaidProduct);
    }

    private static Optional<PrepaidProduct> toPrepaidProduct(VipJson.PrepaidService service) {
        // The supplier lists placeholder rows with empty code, brand and name (seen in a captured
        // answer); they cannot be ordered.
        if (isBlank(service.code()) || isBlank(service.brand()) || isBlank(service.name())) {
            return Optional.empty();
        }
        return buyPrices(service.price()).map(prices -> new PrepaidProduct(service.code().strip(), service.brand().strip(),
                service.name().strip(), stripped(service.note()), stripped(service.type()), stripped(service.category()), prices,
                isAvailable(service.status()), Boolean.TRUE.equals(service.multiTrx()), stripped(service.maintenance())));
    }

    @Override
    public SupplierOrderOutcome placePrepaidOrder(String sku, String customerNumber) {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(customerNumber, "customerNumber");
        // Stripped like every target; otherwise sent as typed: the supplier's number rules
        // (08… or 62…, meter numbers) are not documented, so no rewriting is guessed here.
        String number = TopUpTarget.of(customerNumber).userId();
        var fields = form("order");
        fields.put("service", sku);
        fields.put("data_no", number);
        return submitOrder(prepaidUrl, "prepaid order " + sku + " for " + number, fields);
    }

    @Override
    public SupplierTransaction prepaidTransaction(String trxId) throws SupplierException {
        Objects.requireNonNull(trxId, "trxId");
        return transactionAt(prepaidUrl, "prepaid status of " + trxId, trxId);
    }

    @Override
    public List<SupplierTransaction> recentPrepaidTransactions(int limit) throws SupplierException {
        return recentTransactionsAt(prepaidUrl, "recent " + limit + " prepaid transactions", limit);
    }

    // ---------------------------------------------------------------- callbacks

    @Override
    public CallbackCheck checkCallback(String signatureHeader, byte[] body) {
        // The signature first: an unsigned body is not even parsed.
        if (!signature.matches(signatureHeader)) {
            return new CallbackCheck.InvalidSignature();
        }
        if (body == null || body.length == 0) {
            return new CallbackCheck.Malformed("empty body");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return new CallbackCheck.Malformed("not JSON");
        }
        if (root == null || !root.isObject()) {
            return new CallbackCheck.Malformed("not a JSON object");
        }
        // Documented: {"data":{…}}; reported for prepaid: {"result":…,"data":[…]}; seen: a flat object.
        JsonNode data = root.get("data");
        List<JsonNode> entries;
        if (data != null && data.isObject()) {
            entries = List.of(data);
        } else if (data != null && data.isArray()) {
            entries = new ArrayList<>();
            data.forEach(entries::add);
        } else if (root.hasNonNull("trxid")) {
            entries = List.of(root);
        } else {
            return new CallbackCheck.Malformed("no transaction in the body");
        }
        if (entries.isEmpty()) {
            return new CallbackCheck.Malformed("an empty transaction list");
        }
        var transactions = new ArrayList<SupplierTransaction>();
        for (JsonNode entry : entries) {
            VipJson.Transaction dto;
            try {
                dto = json.treeToValue(entry, VipJson.Transaction.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return new CallbackCheck.Malformed("a transaction of an unexpected shape");
            }
            Optional<SupplierTransaction> transaction = dto == null ? Optional.empty() : toTransaction(dto);
            if (transaction.isEmpty()) {
                return new CallbackCheck.Malformed("a transaction without trxid or status");
            }
            transactions.add(transaction.get());
        }
        return new CallbackCheck.Valid(transactions);
    }

    // ---------------------------------------------------------------- plumbing

    /// A form that starts with the credentials (and `type`, when given), in the documented order.
    private Map<String, String> form(String type) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("key", settings.apiKey());
        fields.put("sign", signature.hex());
        if (type != null) {
            fields.put("type", type);
        }
        return fields;
    }

    /// One call that must succeed: `result:true`, or a typed exception.
    private VipJson.Envelope call(HttpUrl url, String operation, Map<String, String> fields) throws SupplierException {
        return requireSuccess(exchange(url, operation, fields), operation);
    }

    /// A parsed answer with HTTP 200; transport failures, other statuses and unreadable bodies
    /// are already typed exceptions here.
    private Answer exchange(HttpUrl url, String operation, Map<String, String> fields) throws SupplierException {
        Reply reply;
        try {
            reply = send(url, fields, false);
        } catch (TransportFailure failure) {
            IOException cause = failure.getCause();
            // The last attempt decides: a dead pooled connection followed by a refused new one is unreachable.
            boolean refused = cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.NoRouteToHostException;
            if (failure.requestWritten() && !refused) {
                throw new SupplierException(Kind.TIMEOUT, "VIP Reseller " + operation + ": no answer (" + describe(cause) + ")", "", "",
                        cause);
            }
            throw new SupplierException(Kind.UNREACHABLE, "VIP Reseller " + operation + ": cannot connect to " + url.host()
                    + " (" + describe(cause) + ")", "", "", cause);
        }
        if (reply.httpStatus() != 200) {
            throw new SupplierException(Kind.SERVER_ERROR, "VIP Reseller " + operation + ": HTTP " + reply.httpStatus());
        }
        try {
            return new Answer(parse(reply.body()));
        } catch (JsonProcessingException e) {
            throw new SupplierException(Kind.MALFORMED_RESPONSE, "VIP Reseller " + operation + ": the answer is not JSON", "", "", e);
        }
    }

    private VipJson.Envelope requireSuccess(Answer answer, String operation) throws SupplierException {
        VipJson.Envelope envelope = answer.envelope();
        Boolean succeeded = envelope.succeeded();
        if (succeeded == null) {
            throw malformed(operation, "the answer has no result field");
        }
        if (!succeeded) {
            String message = redact(envelope.messageText());
            throw refusal(SupplierMessages.classify(message), operation, message);
        }
        return envelope;
    }

    private static SupplierException refusal(Kind kind, String operation, String message) {
        String ip = kind == Kind.AUTHENTICATION ? SupplierMessages.rejectedIpAddress(message).orElse("") : "";
        return new SupplierException(kind, "VIP Reseller refused " + operation + ": " + message, message, ip, null);
    }

    private static SupplierException malformed(String operation, String what) {
        return new SupplierException(Kind.MALFORMED_RESPONSE, "VIP Reseller " + operation + ": " + what);
    }

    private VipJson.Envelope parse(byte[] body) throws JsonProcessingException {
        try {
            VipJson.Envelope envelope = json.readValue(body, VipJson.Envelope.class);
            if (envelope == null) {
                throw new JsonMappingFailure("empty answer");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // Reading from a byte array cannot fail for I/O reasons; anything here is about the content.
            throw new JsonMappingFailure(e.getMessage());
        }
    }

    private <T> T dataAs(VipJson.Envelope envelope, Class<T> type, String operation) throws SupplierException {
        if (!envelope.hasData() || !envelope.data().isObject()) {
            throw malformed(operation, "the answer's data is not an object");
        }
        return treeAs(envelope.data(), type, operation);
    }

    private <T> T treeAs(JsonNode node, Class<T> type, String operation) throws SupplierException {
        try {
            T value = json.treeToValue(node, type);
            if (value == null) {
                throw malformed(operation, "an empty entry");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SupplierException(Kind.MALFORMED_RESPONSE, "VIP Reseller " + operation + ": an entry of an unexpected shape", "", "",
                    e);
        }
    }

    /// The entries of a list answer. Documented as an array; a single object is taken as a list
    /// of one.
    private static List<JsonNode> elements(JsonNode data, String operation) throws SupplierException {
        if (data == null || data.isNull()) {
            return List.of();
        }
        if (data.isObject()) {
            return List.of(data);
        }
        if (!data.isArray()) {
            throw malformed(operation, "the answer's data is not a list");
        }
        var list = new ArrayList<JsonNode>(data.size());
        for (JsonNode node : data) {
            if (!node.isObject()) {
                throw malformed(operation, "a list entry is not an object");
            }
            list.add(node);
        }
        return list;
    }

    /// The order answer's transaction: documented as an object; an array of one is accepted too.
    private Optional<VipJson.Transaction> firstTransaction(JsonNode data) {
        JsonNode node = data != null && data.isArray() && !data.isEmpty() ? data.get(0) : data;
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.treeToValue(node, VipJson.Transaction.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // A trxid we cannot read is as good as none: the caller reports the order as unknown.
            log.debug("Unreadable order data from VIP Reseller", e);
            return Optional.empty();
        }
    }

    private static Money money(Long rupiah, String operation) throws SupplierException {
        if (rupiah == null || rupiah < 0) {
            throw malformed(operation, "an amount is missing or negative");
        }
        return Money.rupiah(rupiah);
    }

    /// For amounts that are informative only (what an accepted order cost, a status entry's
    /// price): a missing or odd value must not hide the transaction itself.
    private static Money lenientMoney(Long rupiah) {
        return rupiah == null || rupiah < 0 ? Money.ZERO : Money.rupiah(rupiah);
    }

    /// One POST: an `order` alone on a fresh connection, sent once; anything else through the
    /// pooled reads client.
    private Reply send(HttpUrl url, Map<String, String> fields, boolean order) throws TransportFailure {
        var form = new FormBody.Builder();
        fields.forEach(form::add);
        var written = new RequestWritten();
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("User-Agent", "WMX-Topup-Counter")
                .post(form.build())
                .tag(RequestWritten.class, written);
        if (order) {
            // The pool would not keep the connection anyway; this also tells the server, and
            // OkHttp, that nothing else goes onto it.
            request.header("Connection", "close");
        }
        OkHttpClient client = order ? orders : reads;
        try (Response response = client.newCall(request.build()).execute()) {
            return new Reply(response.code(), readBody(response.body()));
        } catch (IOException e) {
            throw new TransportFailure(written.happened(), e);
        }
    }

    private static byte[] readBody(ResponseBody body) throws IOException {
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.replace(settings.apiKey(), "***").replace(signature.hex(), "***");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public void close() {
        reads.dispatcher().executorService().shutdown();
        reads.connectionPool().evictAll();
        orders.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "VipResellerClient[" + settings + "]";
    }

    /// A parsed answer from a call whose transport worked (HTTP 200, a JSON object).
    private record Answer(VipJson.Envelope envelope) {
    }

    private record Reply(int httpStatus, byte[] body) {
    }

    /// The call failed on the wire; `requestWritten` says whether any of the request went out.
    private static final class TransportFailure extends Exception {
        private final boolean requestWritten;

        TransportFailure(boolean requestWritten, IOException cause) {
            super(cause);
            this.requestWritten = requestWritten;
        }

        boolean requestWritten() {
            return requestWritten;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static final class JsonMappingFailure extends JsonProcessingException {
        JsonMappingFailure(String message) {
            super(message);
        }
    }

    /// Set once OkHttp begins writing the request of one call (attached to it as a tag).
    static final class RequestWritten {
        private volatile boolean happened;

        void mark() {
            happened = true;
        }

        boolean happened() {
            return happened;
        }
    }

    /// Marks the call's [RequestWritten] tag when the request headers start going out: from then
    /// on the supplier may have received (part of) the request.
    private static final class RequestWriteListener extends EventListener {
        @Override
        public void requestHeadersStart(Call call) {
            mark(call);
        }

        @Override
        public void requestBodyStart(Call call) {
            mark(call);
        }

        private static void mark(Call call) {
            RequestWritten written = call.request().tag(RequestWritten.class);
            if (written != null) {
                written.mark();
            }
        }
    }
}
