package com.wmxtopup.counter.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/// Helpers to build real configurations for tests: a fresh data directory, port 0, no
/// credentials (demo mode) unless the test adds them.
public final class TestApp {

    private TestApp() {
    }

    public static Path newDataDirectory(String name) {
        try {
            return Files.createTempDirectory("wmx-" + name + "-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /// An environment with only the given variables (the machine's own are ignored).
    public static Map<String, String> environment(String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
