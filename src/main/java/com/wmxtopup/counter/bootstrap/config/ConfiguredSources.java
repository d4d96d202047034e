package com.wmxtopup.counter.bootstrap.config;

import com.wmxtopup.counter.application.port.SettingSources;
import java.util.Optional;

/// The settings screen's view of the configuration: a key set by the command line, the
/// environment or a configuration file is fixed (shown read-only with its source).
public final class ConfiguredSources implements SettingSources {

    private final AppConfig config;

    public ConfiguredSources(AppConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Fixed> fixed(String property) {
        return ConfigKey.byPropertyName(property)
                .filter(config::isFixed)
                .map(key -> new Fixed(config.get(key), config.sourceOf(key)));
    }

    @Override
    public String defaultValue(String property) {
        return ConfigKey.byPropertyName(property).map(ConfigKey::defaultValue).orElse("");
    }
}
