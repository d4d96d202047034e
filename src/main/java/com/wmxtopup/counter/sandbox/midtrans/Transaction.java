package com.wmxtopup.counter.sandbox.midtrans;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// A transaction inside the simulator. Mutable; guarded by the [SimulatedCoreApi]'s lock.
final class Transaction {

    final String orderId;
    final String transactionId;
    final long grossAmount;
    final Instant transactionTime;
    final Instant expiryTime;
    final String qrString;
    /// The QR's own reference (tag 62/50), reported as `merchant_cross_reference_id` once paid.
    final String reference;
    final List<URI> notificationUrls;
    final Map<String, String> customFields;
    String status = "pending";
    String fraudStatus = "accept";
    Instant settlementTime;
    String issuer;
    String transactionType;
    long refundedAmount;

    Transaction(String orderId, String transactionId, long grossAmount, Instant transactionTime, Instant expiryTime, String qrString,
            String reference, List<URI> notificationUrls, Map<String, String> customFields) {
        this.orderId = orderId;
        this.transactionId = transactionId;
        this.grossAmount = grossAmount;
        this.transactionTime = transactionTime;
        this.expiryTime = expiryTime;
        this.qrString = qrString;
        this.reference = reference;
        this.notificationUrls = List.copyOf(notificationUrls);
        this.customFields = Map.copyOf(customFields);
    }

    boolean isPending() {
        return status.equals("pending");
    }

    /// After cancel or expire Midtrans lets the order id be charged again (spec §1.4).
    boolean orderIdReusable() {
        return status.equals("cancel") || status.equals("expire");
    }

    SimulatedTransaction snapshot() {
        return new SimulatedTransaction(orderId, transactionId, grossAmount, status, fraudStatus, transactionTime, expiryTime,
                Optional.ofNullable(settlementTime), qrString, notificationUrls);
    }
}
