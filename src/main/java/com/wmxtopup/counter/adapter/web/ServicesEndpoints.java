package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.TargetField;
import com.wmxtopup.counter.domain.TargetRequirement;
import com.wmxtopup.counter.domain.ZoneKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// `GET /api/services` (the priced catalog: selling prices only, never buy prices) and
/// `POST /api/services?action=sync` (a catalog sync now).
public final class ServicesEndpoints {

    private final CatalogService catalog;
    private final CatalogSync sync;
    private final TopUpSupplier supplier;
    private final ApiAuthentication auth;

    public ServicesEndpoints(CatalogService catalog, CatalogSync sync, TopUpSupplier supplier, ApiAuthentication auth) {
        this.catalog = catalog;
        this.sync = sync;
        this.supplier = supplier;
        this.auth = auth;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get("/api/services", auth.require(request -> JsonReply.ok(Map.of("services", services())))),
                Endpoint.get("/api/services/nickname", auth.require(this::nickname)),
                Endpoint.post("/api/services", auth.require((request, operator) -> {
                    String action = request.queryParameter("action").orElse("");
                    if (!action.equals("sync")) {
                        return JsonReply.error(400, "unknown action '" + action + "'; use action=sync", "action");
                    }
                    return syncNow(operator);
                })));
    }

    private JsonReply nickname(WebRequest request) {
        String sku = request.queryParameter("sku").orElse("").strip();
        var quote = catalog.quote(sku);
        if (quote.isEmpty()) {
            return JsonReply.error(400, "unknown sku '" + sku + "'", "sku");
        }
        var target = new TopUpTarget(request.queryParameter("userId").orElse(""), request.queryParameter("zoneId").orElse(""));
        TargetRequirement requirement = quote.get().product().targetRequirement();
        var violations = requirement.validate(target);
        if (!violations.isEmpty()) {
            var first = violations.getFirst();
            return JsonReply.error(400, first.field().apiName() + " is not valid (" + first.problem() + ")", first.field().apiName());
        }
        if (!requirement.supportsNicknameCheck()) {
            return JsonReply.error(409, "this game has no nickname check", "sku");
        }
        try {
            var nickname = supplier.nickname(requirement.nicknameCode(), target);
            var body = new LinkedHashMap<String, Object>();
            body.put("nickname", nickname.name());
            if (!nickname.countryCode().isEmpty()) {
                body.put("country", nickname.countryCode());
            }
            return JsonReply.ok(body);
        } catch (SupplierException e) {
            if (e.kind() == SupplierException.Kind.TARGET_NOT_FOUND) {
                return JsonReply.error(404, "no player with this ID" + (target.hasZone() ? " and zone" : ""), "userId");
            }
            return JsonReply.error(502, "VIP Reseller did not answer the nickname check (" + e.kind() + ")");
        }
    }

    private List<Map<String, Object>> services() {
        var byGame = new LinkedHashMap<String, List<PriceQuote>>();
        for (PriceQuote quote : catalog.priceList()) {
            byGame.computeIfAbsent(quote.product().game(), g -> new ArrayList<>()).add(quote);
        }
        var services = new ArrayList<Map<String, Object>>();
        byGame.forEach((game, quotes) -> {
            TargetRequirement requirement = quotes.getFirst().product().targetRequirement();
            var service = new LinkedHashMap<String, Object>();
            service.put("game", game);
            service.put("fields", requirement.fields().stream().map(TargetField::apiName).toList());
            if (requirement.zoneKind() == ZoneKind.SERVER) {
                service.put("servers", requirement.servers());
            }
            service.put("products", quotes.stream().map(ServicesEndpoints::product).toList());
            services.add(service);
        });
        return services;
    }

    private static Map<String, Object> product(PriceQuote quote) {
        var product = new LinkedHashMap<String, Object>();
        product.put("sku", quote.product().sku());
        product.put("name", quote.product().name());
        product.put("price", quote.sell().rupiah());
        product.put("available", quote.isSellable());
        return product;
    }

    private JsonReply syncNow(Operator operator) {
        // Synchronous by contract (the answer carries the counts); a sync takes a second or two.
        CatalogSync.Result result = sync.run(operator, ProgressListener.NONE);
        return switch (result) {
            case CatalogSync.Result.Completed completed -> {
                var body = new LinkedHashMap<String, Object>();
                body.put("added", completed.diff().added().size());
                body.put("updated", completed.diff().updated());
                body.put("removed", completed.diff().removed().size());
                body.put("priceChanged", completed.diff().priceChanged());
                body.put("belowCost", completed.diff().belowCost().size());
                body.put("durationMs", completed.run().duration().toMillis());
                yield JsonReply.ok(body);
            }
            case CatalogSync.Result.AlreadyRunning running ->
                JsonReply.error(409, "a catalog sync is already running; try again in a moment");
            case CatalogSync.Result.Cancelled cancelled -> JsonReply.error(409, "the catalog sync was cancelled");
            case CatalogSync.Result.Failed failed -> switch (failed.reason()) {
                case SUPPLIER -> JsonReply.error(502, "VIP Reseller did not answer the catalog request ("
                        + failed.supplierFailure().map(Enum::name).orElse("error") + "): " + failed.run().error());
                case EMPTY_CATALOG -> JsonReply.error(502, "VIP Reseller listed no products; the catalog was left unchanged");
                case DATABASE -> JsonReply.error(500, "the catalog could not be saved; the previous catalog is unchanged");
            };
        };
    }
}
