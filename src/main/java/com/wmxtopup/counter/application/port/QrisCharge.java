package com.wmxtopup.counter.application.port;

import java.time.Instant;
import java.util.Objects;

/// What the gateway answered to a QRIS charge. Store all of it: the QR cannot be fetched again.
///
/// @param qrString   the EMVCo QRIS payload to draw as a QR code
/// @param qrImageUrl the gateway's QR image (`actions[name=generate-qr-code]`), empty if none
public record QrisCharge(String orderId, String transactionId, String qrString, String qrImageUrl, Instant expiresAt,
                         PaymentStatus.State state) {

    public QrisCharge {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(qrString, "qrString");
        qrImageUrl = Objects.requireNonNullElse(qrImageUrl, "");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(state, "state");
    }
}
