package com.wmxtopup.counter.sandbox.midtrans;

/// The Core API endpoints the simulator serves, for aiming injected faults.
public enum ApiEndpoint {
    CHARGE,
    STATUS,
    CANCEL,
    EXPIRE,
    REFUND,
    /// Whichever endpoint is called next.
    ANY
}
