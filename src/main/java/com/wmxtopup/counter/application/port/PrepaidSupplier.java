package com.wmxtopup.counter.application.port;

import java.util.List;
import java.util.Optional;

/// The supplier of prepaid products: pulsa, data packages, e-money, PLN tokens and vouchers (VIP
/// Reseller's `/api/prepaid`, or its built-in simulator in demo mode). Kept apart from
/// [TopUpSupplier] because its catalog, its target (one customer number) and its transactions
/// live on another endpoint of the supplier.
///
/// The failure rules are those of [TopUpSupplier]: every call except [#placePrepaidOrder]
/// answers or throws a [SupplierException]; [#placePrepaidOrder] never throws, and only its
/// [SupplierOrderOutcome.Unknown] means the order may exist.
public interface PrepaidSupplier {

    /// The prepaid catalog, optionally narrowed to one product type or one brand.
    List<PrepaidProduct> prepaidProducts(Optional<PrepaidFilter> filter) throws SupplierException;

    /// Orders one prepaid item for a customer number (phone number, PLN meter or customer ID,
    /// e-money account number). Sent at most once per call; never retried internally.
    /// A number the supplier refuses at once (`Nomor salah.`, `Nomor tidak diketahui.`) is
    /// [SupplierOrderOutcome.RejectionReason#INVALID_TARGET].
    SupplierOrderOutcome placePrepaidOrder(String sku, String customerNumber);

    /// One prepaid transaction by the supplier's trxid; its target is
    /// [com.wmxtopup.counter.domain.TopUpTarget#of] the customer number and, on success, its
    /// note is the serial number (SN). Throws [SupplierException.Kind#NOT_FOUND] when the
    /// supplier does not know it.
    SupplierTransaction prepaidTransaction(String trxId) throws SupplierException;

    /// The most recent prepaid transactions of the account, newest first (used to reconcile
    /// orders whose outcome is unknown).
    List<SupplierTransaction> recentPrepaidTransactions(int limit) throws SupplierException;
}
