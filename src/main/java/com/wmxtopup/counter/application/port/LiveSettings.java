package com.wmxtopup.counter.application.port;

/// Applies a saved setting to the running console, for the settings that do not need a restart
/// (shop name and address, payment expiry, low-balance threshold, duplicate-sale window, receipt
/// printer and paper width).
@FunctionalInterface
public interface LiveSettings {

    /// `value` is already validated; `property` is one of the settings applied at once.
    void apply(String property, String value);
}
