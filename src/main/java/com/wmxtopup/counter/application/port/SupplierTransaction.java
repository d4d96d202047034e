package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.util.Objects;

/// One transaction as the supplier reports it (status call, recent list, or callback).
///
/// @param serviceName the supplier's `"<game> - <name>"` text (the status list has no code)
/// @param note        serial number / voucher on success, the reason on error, often empty
public record SupplierTransaction(String trxId, TopUpTarget target, String serviceName, State state, String note, Money price) {

    public enum State {
        WAITING,
        PROCESSING,
        SUCCESS,
        ERROR
    }

    public SupplierTransaction {
        Objects.requireNonNull(trxId, "trxId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        serviceName = Objects.requireNonNullElse(serviceName, "");
        note = Objects.requireNonNullElse(note, "");
        price = Objects.requireNonNullElse(price, Money.ZERO);
    }

    public boolean isFinal() {
        return state == State.SUCCESS || state == State.ERROR;
    }
}
