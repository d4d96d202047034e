package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.util.List;
import java.util.Optional;

/// The supplier of top-ups (VIP Reseller's H2H API, or its built-in simulator in demo mode).
///
/// Every call except [#placeOrder] either answers or throws a [SupplierException] whose
/// [SupplierException.Kind] says what went wrong. [#placeOrder] never throws: the difference
/// between "nothing was placed" and "it may have been placed" is the whole point of its answer.
public interface TopUpSupplier {

    /// The reseller account: balance and price level.
    SupplierAccount account() throws SupplierException;

    /// The game catalog (`game-feature` services), optionally only one game (exact supplier name).
    /// Products come back AVAILABLE or EMPTY, stamped with the time of the call.
    List<Product> products(Optional<String> game) throws SupplierException;

    /// Orders one item for one target. Sent at most once per call; never retried internally.
    SupplierOrderOutcome placeOrder(String sku, TopUpTarget target);

    /// One transaction by the supplier's trxid; throws [SupplierException.Kind#NOT_FOUND] when
    /// the supplier does not know it.
    SupplierTransaction transaction(String trxId) throws SupplierException;

    /// The most recent transactions of the account, newest first (used to reconcile orders whose
    /// outcome is unknown).
    List<SupplierTransaction> recentTransactions(int limit) throws SupplierException;

    /// The player's nickname for a game's `get-nickname` code (see
    /// [com.wmxtopup.counter.domain.TargetRequirement#nicknameCode]). Throws
    /// [SupplierException.Kind#TARGET_NOT_FOUND] when the ID does not exist.
    Nickname nickname(String nicknameCode, TopUpTarget target) throws SupplierException;

    /// Checks a callback the supplier POSTed to our webhook: the signature header first, then the
    /// body. Never trusted as proof of anything: the caller re-checks with [#transaction].
    CallbackCheck checkCallback(String signatureHeader, byte[] body);
}
