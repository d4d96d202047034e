package com.wmxtopup.counter.sandbox.vip;

/// One item of the simulated `/api/prepaid` catalog, prices in rupiah per account level.
///
/// @param code        the service code to order, e.g. `TSEL10`
/// @param brand       the operator or issuer as the supplier names it, e.g. `TELKOMSEL`, `PLN`, `DANA`
/// @param name        what the customer gets, e.g. `Telkomsel 10.000`; also the `service` text of
///                    orders and status entries
/// @param note        the supplier's description (`-` when there is nothing to add)
/// @param type        `pulsa-reguler`, `paket-internet`, `token-pln` or `saldo-emoney`
/// @param category    the finer grouping, e.g. `Pulsa`, `Hotrod`, `Token PLN`
/// @param available   whether the item is `available` (otherwise `empty`)
/// @param multiTrx    the `multi_trx` flag as listed (the simulator does not act on it)
/// @param maintenance the daily cut-off as listed (`maintenace`), e.g. `23:45 - 00:15`; not enforced
public record PrepaidCatalogItem(String code, String brand, String name, String note, String type, String category,
                                 long basicPrice, long premiumPrice, long specialPrice, boolean available, boolean multiTrx,
                                 String maintenance) {
}
