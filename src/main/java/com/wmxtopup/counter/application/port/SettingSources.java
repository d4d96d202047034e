package com.wmxtopup.counter.application.port;

import java.util.Optional;

/// What outranks the saved settings (command line, environment, a `--config` file,
/// config/application.properties) and the built-in defaults below them.
public interface SettingSources {

    /// The value and where it comes from when a higher source fixes `property`; empty when the
    /// screen may change it.
    Optional<Fixed> fixed(String property);

    String defaultValue(String property);

    /// @param source `environment`, `command line` or a file name
    record Fixed(String value, String source) {
    }
}
