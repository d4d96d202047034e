package com.wmxtopup.counter.sandbox.vip;

import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.sandbox.vip.SimulatedTransaction.ProductLine;
import com.wmxtopup.counter.sandbox.vip.SimulatedTransaction.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/// The simulated VIP Reseller account and its API logic (specs/vip-reseller-api.md §1–§7),
/// without any HTTP: requests come in parsed, answers go out as maps that the HTTP layer writes
/// as JSON. All state sits behind one lock; status-change listeners run after it is released.
///
/// Game and prepaid orders share the account: one balance, one trxid sequence (as in the
/// fixtures F8 then F14), the same checks, faults and status progression. `type=status` on
/// each endpoint lists only the orders placed through it (a simulator choice: the spec does not
/// say whether the real API mixes them).
final class SimulatedSupplier {

    enum Endpoint {
        PROFILE,
        GAME_FEATURE,
        PREPAID
    }

    /// A parsed request: `formEncoded` is false for JSON bodies and GETs, whose fields PHP never sees.
    record Call(Endpoint endpoint, boolean formEncoded, Map<String, String> fields, String remoteIp) {
        String field(String name) {
            return fields.getOrDefault(name, "").strip();
        }
    }

    /// `body` is written as JSON; `placedTrxId` marks the answer to a newly created order, which
    /// is where the "after placing" faults apply.
    record Answer(Map<String, Object> body, Optional<String> placedTrxId) {
        Answer(Map<String, Object> body) {
            this(body, Optional.empty());
        }

        boolean placedOrder() {
            return placedTrxId.isPresent();
        }
    }

    static final Set<String> ORDER_TYPES = Set.of("order", "orders", "pesan", "pemesanan", "transaksi");
    private static final Set<String> SERVICE_TYPES = Set.of("services", "service");
    private static final Duration RATE_LIMIT_WINDOW = Duration.ofSeconds(6);
    /// The error note of a prepaid order that fails after it was accepted (spec §3.4).
    private static final String PREPAID_FAILURE_NOTE = "Nomor tujuan salah.";
    private static final int SERIAL_NUMBER_DIGITS = 20;
    private static final DateTimeFormatter TRX_TIME = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneId.of("Asia/Jakarta"));
    private static final String REGISTERED = "2024-01-10 09:00:00";

    private final VipResellerSimulatorSettings settings;
    private final SimulatedCatalog catalog;
    private final SimulatedPrepaidCatalog prepaidCatalog;
    private final VipResellerFaults faults;
    private final Clock clock;
    private final String sign;
    private final Consumer<SimulatedTransaction> statusListener;

    private final Object lock = new Object();
    // Guarded by lock.
    private long balance;
    private long sequence;
    private final Random random;
    /// Separate from [#random], so serial numbers never shift which orders fail.
    private final Random serialNumbers;
    private final List<Trx> transactions = new ArrayList<>();
    private final Map<String, Trx> byId = new HashMap<>();
    private final Set<Trx> pending = new LinkedHashSet<>();
    /// When the last order of each game or prepaid brand was placed (the 6-second rule).
    private final Map<String, Instant> lastOrderByFamily = new HashMap<>();

    SimulatedSupplier(VipResellerSimulatorSettings settings, SimulatedCatalog catalog, SimulatedPrepaidCatalog prepaidCatalog,
            VipResellerFaults faults, Clock clock, Consumer<SimulatedTransaction> statusListener) {
        this.settings = settings;
        this.catalog = catalog;
        this.prepaidCatalog = prepaidCatalog;
        this.faults = faults;
        this.clock = clock;
        this.statusListener = statusListener;
        this.sign = md5Hex(settings.apiId() + settings.apiKey());
        this.balance = settings.startingBalance();
        this.random = new Random(settings.seed());
        this.serialNumbers = new Random(~settings.seed());
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    String sign() {
        return sign;
    }

    // ---------------------------------------------------------------- the API

    Answer handle(Call call) {
        if (faults.apiMaintenance()) {
            return fail("Ada pemeliharaan sistem API, coba lagi nanti.");
        }
        String type = call.field("type").toLowerCase(Locale.ROOT);
        boolean typeRequired = call.endpoint() != Endpoint.PROFILE;
        if (!call.formEncoded() || call.field("key").isEmpty() || call.field("sign").isEmpty() || (typeRequired && type.isEmpty())) {
            return notDetected(call);
        }
        if (!call.field("key").equals(settings.apiKey())) {
            return fail("API Key not registered.");
        }
        // "User not found." needs a key whose account is gone; the simulator's one account never is.
        if (!call.field("sign").equals(sign)) {
            return fail("API Signature not valid.");
        }
        if (!settings.whitelistedIps().contains(call.remoteIp())) {
            return fail("IP " + call.remoteIp() + " is not permitted");
        }
        if (call.endpoint() == Endpoint.PROFILE) {
            return faults.accountLock().map(SimulatedSupplier::fail).orElseGet(this::profile);
        }
        // Prepaid has services, order and status only (spec §5).
        boolean known = SERVICE_TYPES.contains(type) || ORDER_TYPES.contains(type) || type.equals("status")
                || (call.endpoint() == Endpoint.GAME_FEATURE && (type.equals("get-nickname") || type.equals("service-stock")));
        if (!known) {
            return fail("Type '" + call.field("type") + "' is not valid");
        }
        Optional<String> lock = faults.accountLock();
        if (lock.isPresent()) {
            return fail(lock.get());
        }
        if (SERVICE_TYPES.contains(type)) {
            return call.endpoint() == Endpoint.PREPAID ? prepaidServices(call) : services(call);
        }
        if (ORDER_TYPES.contains(type)) {
            return order(call);
        }
        return switch (type) {
            case "status" -> status(call);
            case "get-nickname" -> nickname(call);
            // Stock items (streaming accounts) are not part of the simulated catalog.
            default -> fail("Layanan tidak ditemukan.");
        };
    }

    private Answer profile() {
        var data = new LinkedHashMap<String, Object>();
        data.put("full_name", settings.fullName());
        data.put("username", settings.username());
        data.put("balance", balance());
        data.put("point", 0);
        data.put("level", levelName(settings.level()));
        data.put("registered", REGISTERED);
        return ok(data, "Successfully got your account details.");
    }

    private Answer services(Call call) {
        String game = call.field("filter_game");
        if (game.isEmpty() && call.field("filter_type").equalsIgnoreCase("game")) {
            game = call.field("filter_value");
        }
        String wantedStatus = call.field("filter_status").toLowerCase(Locale.ROOT);
        var data = new ArrayList<Map<String, Object>>();
        List<CatalogItem> items = catalog.items();
        for (int i = 0; i < items.size(); i++) {
            CatalogItem item = items.get(i);
            boolean gameMatches = game.isEmpty() || item.game().equalsIgnoreCase(game);
            boolean statusMatches = switch (wantedStatus) {
                case "available" -> item.available();
                case "empty" -> !item.available();
                default -> true;
            };
            if (gameMatches && statusMatches) {
                data.add(itemJson(item));
            }
        }
        return data.isEmpty() ? fail("Layanan tidak ditemukan.") : ok(data, "Daftar layanan berhasil didapatkan.");
    }

    /// `filter_type` `type` or `brand` with `filter_value` (case-insensitive); no value, or a
    /// filter type the spec does not name, lists everything.
    private Answer prepaidServices(Call call) {
        String value = call.field("filter_value");
        Predicate<PrepaidCatalogItem> matches = switch (value.isEmpty() ? "" : call.field("filter_type").toLowerCase(Locale.ROOT)) {
            case "type" -> item -> item.type().equalsIgnoreCase(value);
            case "brand" -> item -> item.brand().equalsIgnoreCase(value);
            default -> item -> true;
        };
        List<Map<String, Object>> data = prepaidCatalog.items().stream().filter(matches).map(SimulatedSupplier::prepaidItemJson).toList();
        return data.isEmpty() ? fail("Layanan tidak ditemukan.") : ok(data, "Daftar layanan berhasil didapatkan.");
    }

    /// What an order buys, whichever endpoint it came through.
    ///
    /// @param family        what the 6-second rule counts orders by: the game, or the prepaid brand
    /// @param numberRefusal a refusal of the target at once (prepaid numbers), before anything is charged
    /// @param targetExists  false when the order is to be accepted and then fail with `failureNote`
    private record Purchase(ProductLine line, String code, String serviceName, String family, long price,
                            Optional<String> numberRefusal, boolean targetExists, String failureNote) {
    }

    private Optional<Purchase> gamePurchase(String code, String userId, String zone) {
        return catalog.find(code).filter(CatalogItem::available).map(item -> {
            TargetRule rule = catalog.ruleFor(item.game());
            return new Purchase(ProductLine.GAME, item.code(), item.serviceName(), item.game(),
                    SimulatedCatalog.price(item, settings.level()), Optional.empty(), rule.accepts(userId, zone),
                    rule.failureNote(userId, zone));
        });
    }

    private Optional<Purchase> prepaidPurchase(String code, String customerNumber) {
        return prepaidCatalog.find(code).filter(PrepaidCatalogItem::available).map(item -> new Purchase(ProductLine.PREPAID,
                item.code(), item.name(), item.brand(), SimulatedPrepaidCatalog.price(item, settings.level()),
                prepaidCatalog.ruleFor(item).refusal(customerNumber), true, PREPAID_FAILURE_NOTE));
    }

    private Answer order(Call call) {
        if (faults.transactionMaintenance()) {
            return fail("Ada pemeliharaan sistem transaksi, coba lagi nanti.");
        }
        boolean prepaid = call.endpoint() == Endpoint.PREPAID;
        String code = call.field("service");
        String dataNo = call.field("data_no");
        // Prepaid orders have no zone (spec §5).
        String zone = prepaid ? "" : call.field("data_zone");
        if (code.isEmpty() || dataNo.isEmpty()) {
            return fail("Masih ada parameter yang kosong.");
        }
        Optional<Purchase> found = prepaid ? prepaidPurchase(code, dataNo) : gamePurchase(code, dataNo, zone);
        if (found.isEmpty()) {
            return fail("Layanan tidak ditemukan atau saat ini tidak tersedia.");
        }
        Purchase purchase = found.get();
        if (purchase.numberRefusal().isPresent()) {
            return fail(purchase.numberRefusal().get());
        }
        Optional<String> refusal = faults.takeOrderRefusal();
        if (refusal.isPresent()) {
            return fail(refusal.get());
        }
        var changes = new ArrayList<SimulatedTransaction>();
        Answer answer;
        synchronized (lock) {
            Instant now = clock.instant();
            advanceByClock(now, changes);
            answer = placeLocked(purchase, dataNo, zone, now);
        }
        notifyListener(changes);
        return answer;
    }

    private Answer placeLocked(Purchase purchase, String dataNo, String zone, Instant now) {
        long price = purchase.price();
        if (balance < price) {
            return fail("Saldo Anda tidak cukup untuk melakukan pemesanan ini.");
        }
        if (balance - price < settings.minimumBalance()) {
            return fail("Saldo akun minimum Anda adalah " + String.format(Locale.US, "%,d", settings.minimumBalance()) + ".");
        }
        if (faults.rateLimit()) {
            String family = familyKey(purchase);
            Instant last = lastOrderByFamily.get(family);
            if (last != null && now.isBefore(last.plus(RATE_LIMIT_WINDOW))) {
                long waitMillis = Duration.between(now, last.plus(RATE_LIMIT_WINDOW)).toMillis();
                return fail("Transaksi dibatasi, coba lagi dalam " + Math.max(1, Math.ceilDiv(waitMillis, 1000)) + " detik.");
            }
            boolean similarPending = pending.stream().anyMatch(t -> t.line == purchase.line() && t.code.equals(purchase.code())
                    && t.data.equals(dataNo) && t.zone.equals(zone));
            if (similarPending) {
                return fail("Transaksi serupa masih dalam proses.");
            }
        }
        // Drawn for every order, so faults never shift which later orders fail.
        boolean randomError = random.nextInt(100) < settings.errorRatePercent();
        String plannedError = faults.takeOrderErrorNote()
                .orElse(!purchase.targetExists() || randomError ? purchase.failureNote() : null);
        String successNote = purchase.line() == ProductLine.PREPAID ? serialNumber() : "";

        sequence++;
        String trxId = "VP" + TRX_TIME.format(now) + String.format(Locale.ROOT, "%03d", sequence);
        var trx = new Trx(trxId, purchase.line(), purchase.code(), purchase.serviceName(), dataNo, zone, price, now, plannedError,
                successNote);
        balance -= price;
        transactions.add(trx);
        byId.put(trxId, trx);
        pending.add(trx);
        lastOrderByFamily.put(familyKey(purchase), now);
        return new Answer(envelope(true, transactionJson(trx.snapshot(), balance), "Pesanan berhasil, pesanan akan diproses."),
                Optional.of(trxId));
    }

    private static String familyKey(Purchase purchase) {
        return purchase.line() + "/" + purchase.family();
    }

    /// A 20-digit SN like the fixture F14's, the kind operators and PLN hand out.
    private String serialNumber() {
        var digits = new StringBuilder(SERIAL_NUMBER_DIGITS);
        digits.append(1 + serialNumbers.nextInt(9));
        while (digits.length() < SERIAL_NUMBER_DIGITS) {
            digits.append(serialNumbers.nextInt(10));
        }
        return digits.toString();
    }

    private Answer status(Call call) {
        String trxId = call.field("trxid");
        ProductLine line = call.endpoint() == Endpoint.PREPAID ? ProductLine.PREPAID : ProductLine.GAME;
        var changes = new ArrayList<SimulatedTransaction>();
        List<Map<String, Object>> data = new ArrayList<>();
        synchronized (lock) {
            advanceByClock(clock.instant(), changes);
            if (!trxId.isEmpty()) {
                Trx trx = byId.get(trxId);
                if (trx != null && trx.line == line) {
                    data.add(statusJson(trx.snapshot()));
                }
            } else {
                int limit = parseLimit(call.field("limit"));
                for (int i = transactions.size() - 1; i >= 0 && data.size() < limit; i--) {
                    Trx trx = transactions.get(i);
                    if (trx.line == line) {
                        data.add(statusJson(trx.snapshot()));
                    }
                }
            }
        }
        notifyListener(changes);
        return data.isEmpty() ? fail("Transaksi tidak ditemukan.") : ok(data, "Detail transaksi berhasil didapatkan.");
    }

    /// No or an unreadable `limit` lists everything.
    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text);
            return limit > 0 ? limit : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Answer nickname(Call call) {
        String code = call.field("code");
        String target = call.field("target");
        String additional = call.field("additional_target");
        if (code.isEmpty() || target.isEmpty()) {
            return fail("Masih ada parameter yang kosong.");
        }
        Optional<TargetRule> rule = SimulatedNicknames.ruleFor(code);
        if (rule.isEmpty()) {
            // Simulator wording: the real text for an unknown code is not documented.
            return fail("Kode game tidak ditemukan.");
        }
        if (!rule.get().accepts(target, additional)) {
            // Simulator wording (spec F7): the real text is not documented.
            return fail("ID tidak ditemukan.");
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("result", true);
        body.put("data", SimulatedNicknames.nameFor(target));
        if (code.equalsIgnoreCase(SimulatedNicknames.REGION_CODE)) {
            var country = SimulatedNicknames.countryFor(target);
            var countryJson = new LinkedHashMap<String, Object>();
            countryJson.put("code", country.code());
            countryJson.put("name", country.name());
            body.put("country", countryJson);
        }
        body.put("message", "Success.");
        return new Answer(body);
    }

    // ---------------------------------------------------------------- status progression

    /// Moves every pending order forward by the clock, then tells the listener.
    void advanceByClock() {
        var changes = new ArrayList<SimulatedTransaction>();
        synchronized (lock) {
            advanceByClock(clock.instant(), changes);
        }
        notifyListener(changes);
    }

    private void advanceByClock(Instant now, List<SimulatedTransaction> changes) {
        Duration waiting = settings.waitingFor();
        Duration processing = settings.processingFor();
        for (Trx trx : List.copyOf(pending)) {
            if (trx.status == Status.WAITING && !now.isBefore(trx.createdAt.plus(waiting))) {
                step(trx, changes);
            }
            if (trx.status == Status.PROCESSING && !now.isBefore(trx.createdAt.plus(waiting).plus(processing))) {
                step(trx, changes);
            }
        }
    }

    /// Every pending order one step on: waiting → processing → success/error. Returns how many moved.
    int advanceAll() {
        var changes = new ArrayList<SimulatedTransaction>();
        synchronized (lock) {
            List.copyOf(pending).forEach(trx -> step(trx, changes));
        }
        notifyListener(changes);
        return changes.size();
    }

    /// One order one step on; false when it is unknown or already final.
    boolean advance(String trxId) {
        var changes = new ArrayList<SimulatedTransaction>();
        synchronized (lock) {
            Trx trx = byId.get(trxId);
            if (trx != null && !trx.status.isFinal()) {
                step(trx, changes);
            }
        }
        notifyListener(changes);
        return !changes.isEmpty();
    }

    /// Every pending order to its final state (through processing, so listeners see both steps).
    void completeAll() {
        var changes = new ArrayList<SimulatedTransaction>();
        synchronized (lock) {
            for (Trx trx : List.copyOf(pending)) {
                while (!trx.status.isFinal()) {
                    step(trx, changes);
                }
            }
        }
        notifyListener(changes);
    }

    private void step(Trx trx, List<SimulatedTransaction> changes) {
        switch (trx.status) {
            case WAITING -> trx.status = Status.PROCESSING;
            case PROCESSING -> {
                if (trx.plannedError == null) {
                    trx.status = Status.SUCCESS;
                    trx.note = trx.successNote;
                } else {
                    trx.status = Status.ERROR;
                    trx.note = trx.plannedError;
                    // Presumed real behaviour (spec F10): a failed order is credited back.
                    balance += trx.price;
                }
                pending.remove(trx);
            }
            default -> {
                return;
            }
        }
        changes.add(trx.snapshot());
    }

    private void notifyListener(List<SimulatedTransaction> changes) {
        changes.forEach(statusListener);
    }

    // ---------------------------------------------------------------- inspection

    long balance() {
        synchronized (lock) {
            return balance;
        }
    }

    void setBalance(long rupiah) {
        if (rupiah < 0) {
            throw new IllegalArgumentException("negative balance: " + rupiah);
        }
        synchronized (lock) {
            balance = rupiah;
        }
    }

    /// Newest first.
    List<SimulatedTransaction> transactions() {
        advanceByClock();
        synchronized (lock) {
            return transactions.reversed().stream().map(Trx::snapshot).toList();
        }
    }

    Optional<SimulatedTransaction> transaction(String trxId) {
        advanceByClock();
        synchronized (lock) {
            return Optional.ofNullable(byId.get(trxId)).map(Trx::snapshot);
        }
    }

    // ---------------------------------------------------------------- JSON shapes

    /// A status list entry or callback body (spec §3.4, §5, §6): no balance.
    static Map<String, Object> statusJson(SimulatedTransaction t) {
        return transactionJson(t, null);
    }

    /// Game entries carry the `zone`, prepaid ones the service `code` in its place; `balance`
    /// (after the charge) appears only in the answer to the order itself.
    private static Map<String, Object> transactionJson(SimulatedTransaction t, Long balanceAfter) {
        var data = new LinkedHashMap<String, Object>();
        data.put("trxid", t.trxId());
        data.put("data", t.data());
        switch (t.line()) {
            case GAME -> data.put("zone", t.zone());
            case PREPAID -> data.put("code", t.serviceCode());
        }
        data.put("service", t.serviceName());
        data.put("status", t.status().word());
        data.put("note", t.note());
        if (balanceAfter != null) {
            data.put("balance", balanceAfter);
        }
        data.put("price", t.price());
        return data;
    }

    /// Field order of a captured real answer (spec §5), `maintenace` spelled as the API does.
    private static Map<String, Object> prepaidItemJson(PrepaidCatalogItem item) {
        var json = new LinkedHashMap<String, Object>();
        json.put("brand", item.brand());
        json.put("code", item.code());
        json.put("name", item.name());
        json.put("note", item.note());
        json.put("price", pricesJson(item.basicPrice(), item.premiumPrice(), item.specialPrice()));
        json.put("status", item.available() ? "available" : "empty");
        json.put("multi_trx", item.multiTrx());
        json.put("maintenace", item.maintenance());
        json.put("category", item.category());
        json.put("prepost", "prepaid");
        json.put("type", item.type());
        return json;
    }

    private static Map<String, Object> pricesJson(long basic, long premium, long special) {
        var price = new LinkedHashMap<String, Object>();
        price.put("basic", basic);
        price.put("premium", premium);
        price.put("special", special);
        return price;
    }

    private static Map<String, Object> itemJson(CatalogItem item) {
        var json = new LinkedHashMap<String, Object>();
        json.put("code", item.code());
        json.put("game", item.game());
        json.put("name", item.name());
        json.put("price", pricesJson(item.basicPrice(), item.premiumPrice(), item.specialPrice()));
        json.put("server", item.server());
        json.put("status", item.available() ? "available" : "empty");
        return json;
    }

    private static String levelName(PriceLevel level) {
        return switch (level) {
            case BASIC -> "Basic";
            case PREMIUM -> "Premium";
            case SPECIAL -> "Special";
        };
    }

    private static Answer ok(Object data, String message) {
        return new Answer(envelope(true, data, message));
    }

    private static Answer fail(String message) {
        return new Answer(envelope(false, null, message));
    }

    /// Like the PHP original, `data` echoes what was posted (`[]` when nothing was), minus the
    /// credentials.
    private static Answer notDetected(Call call) {
        var echo = new LinkedHashMap<String, Object>(call.fields());
        echo.remove("key");
        echo.remove("sign");
        return new Answer(envelope(false, echo.isEmpty() ? List.of() : echo, "Request not detected."));
    }

    private static Map<String, Object> envelope(boolean result, Object data, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("result", result);
        body.put("data", data);
        body.put("message", message);
        return body;
    }

    /// One order; mutable, only touched under the supplier's lock.
    private static final class Trx {
        final String trxId;
        final ProductLine line;
        final String code;
        final String serviceName;
        final String data;
        final String zone;
        final long price;
        final Instant createdAt;
        /// The note it will end with in `error`; null when it is to succeed.
        final String plannedError;
        /// The note it will carry on `success`: the SN of a prepaid order, else empty.
        final String successNote;
        Status status = Status.WAITING;
        String note = "";

        Trx(String trxId, ProductLine line, String code, String serviceName, String data, String zone, long price, Instant createdAt,
                String plannedError, String successNote) {
            this.trxId = trxId;
            this.line = line;
            this.code = code;
            this.serviceName = serviceName;
            this.data = data;
            this.zone = zone;
            this.price = price;
            this.createdAt = createdAt;
            this.plannedError = plannedError;
            this.successNote = successNote;
        }

        SimulatedTransaction snapshot() {
            return new SimulatedTransaction(trxId, line, code, serviceName, data, zone, status, note, price, createdAt);
        }
    }
}
