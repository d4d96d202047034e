package com.wmxtopup.counter.application;

/// Demo runs against the built-in simulators; live talks to the real VIP Reseller and Midtrans.
public enum RuntimeMode {
    DEMO,
    LIVE;

    /// `demo` / `live`, as in the `/health` answer.
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
