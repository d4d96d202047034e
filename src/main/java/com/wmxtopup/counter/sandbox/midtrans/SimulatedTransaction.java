package com.wmxtopup.counter.sandbox.midtrans;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// A snapshot of one transaction inside the simulator (for tests and the demo console).
///
/// @param grossAmount       whole rupiah
/// @param transactionStatus `pending`, `settlement`, `cancel`, `expire`, `deny`, `refund`, `partial_refund`
/// @param notificationUrls  where its notifications go (override header, else default + append)
public record SimulatedTransaction(String orderId, String transactionId, long grossAmount, String transactionStatus, String fraudStatus,
                                   Instant transactionTime, Instant expiryTime, Optional<Instant> settlementTime, String qrString,
                                   List<URI> notificationUrls) {

    public SimulatedTransaction {
        notificationUrls = List.copyOf(notificationUrls);
    }
}
