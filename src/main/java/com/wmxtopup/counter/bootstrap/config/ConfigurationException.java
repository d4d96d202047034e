package com.wmxtopup.counter.bootstrap.config;

/// Configuration that cannot work. The message is one line naming the key and what to fix;
/// it is shown without a stack trace.
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(ConfigKey key, String problem) {
        super(key.displayName() + ": " + problem);
    }
}
