package com.wmxtopup.counter.application.port;

import java.time.Duration;
import java.util.Optional;

/// Asks Midtrans (or its simulator) for the status of an order id nobody used, with a server key
/// that is not the running one: a 404 proves the key, a 401 refutes it. Changes nothing anywhere.
@FunctionalInterface
public interface GatewayProbe {

    /// @param apiUrl the Core API base override; empty: the production or sandbox host
    /// @throws PaymentGatewayException always in practice: [PaymentGatewayException.Kind#NOT_FOUND] when the key was accepted
    void askUnknownOrder(Optional<String> apiUrl, boolean production, String serverKey, String orderId, Duration timeout)
            throws PaymentGatewayException;
}
