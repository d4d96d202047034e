package com.wmxtopup.counter.application.port;

import java.util.Objects;

/// A supplier call that did not produce an answer. `kind` is what callers switch on; the
/// message is for logs (never contains credentials); `supplierMessage` is the supplier's own
/// text when it sent one (shown to admins as is).
public final class SupplierException extends Exception {

    public enum Kind {
        /// Wrong key or signature, unknown account, or the caller's IP is not whitelisted
        /// (`ipAddress` then holds it).
        AUTHENTICATION,
        INSUFFICIENT_BALANCE,
        PRODUCT_UNAVAILABLE,
        /// "Transaksi dibatasi" or "Transaksi serupa masih dalam proses".
        RATE_LIMITED,
        MAINTENANCE,
        /// The trxid (or the list asked for) does not exist at the supplier.
        NOT_FOUND,
        /// The player ID / zone does not exist (nickname check) or was refused.
        TARGET_NOT_FOUND,
        /// Any other `result:false` answer.
        REJECTED,
        /// The body is not the JSON the contract describes.
        MALFORMED_RESPONSE,
        /// HTTP 5xx (or another non-200 status).
        SERVER_ERROR,
        /// No answer in time, or the connection failed.
        TIMEOUT,
        /// Could not connect at all (DNS, refused, offline).
        UNREACHABLE
    }

    private final Kind kind;
    private final String supplierMessage;
    private final String ipAddress;

    public SupplierException(Kind kind, String message, String supplierMessage, String ipAddress, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.supplierMessage = Objects.requireNonNullElse(supplierMessage, "");
        this.ipAddress = Objects.requireNonNullElse(ipAddress, "");
    }

    public SupplierException(Kind kind, String message) {
        this(kind, message, "", "", null);
    }

    public Kind kind() {
        return kind;
    }

    public String supplierMessage() {
        return supplierMessage;
    }

    /// The IP the supplier saw, for [Kind#AUTHENTICATION] because of the whitelist; else empty.
    public String ipAddress() {
        return ipAddress;
    }
}
