package com.wmxtopup.counter.application.port;

import java.util.Optional;

/// Demo mode only: plays the customer who scans the QR and pays, through the built-in payment
/// simulator (which then notifies this console exactly as Midtrans would).
public interface DemoCustomer {

    /// Pays the newest order that waits for a QRIS payment; its order number, or empty when none waits.
    Optional<String> payNewestWaitingOrder();
}
