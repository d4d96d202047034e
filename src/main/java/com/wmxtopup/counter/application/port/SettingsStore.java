package com.wmxtopup.counter.application.port;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/// The settings saved from the Pengaturan screen (a file in the data folder), by property name.
/// Secrets are encrypted inside the store; callers see plain values only.
public interface SettingsStore {

    /// What is saved. A secret that cannot be opened (no key file, another key file, changed by
    /// hand) is left out of `values` and named in `unreadable`: never a crash.
    Saved load() throws IOException;

    /// Replaces the saved settings with `values` at once: a reader sees either the old file or the
    /// new one, never a mix. Empty values are left out. `secrets` are encrypted.
    void save(Map<String, String> values, Set<String> secrets) throws IOException;

    record Saved(Map<String, String> values, Set<String> unreadable) {
        public Saved {
            values = Map.copyOf(values);
            unreadable = Set.copyOf(unreadable);
        }
    }
}
