package com.wmxtopup.counter.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/// config/application.properties and docs/configuration.md document every key with its default.
class ConfigDocumentationTest {

    @Test
    void applicationPropertiesDocumentsEveryKeyWithItsDefault() throws IOException {
        String text = Files.readString(Path.of("config", "application.properties"));
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(text).as(key.name()).contains("#" + key.propertyName() + "=" + key.defaultValue() + "\n");
            assertThat(text).as(key.name()).contains("[" + key.environmentName() + "]");
        }
    }

    @Test
    void shippedApplicationPropertiesChangesNothing() {
        // Every line is commented out, so loading it yields the built-in defaults.
        AppConfig fromRepository = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath(), "Linux", "/home/x")
                .load(CommandLineOverrides.none());
        Arrays.stream(ConfigKey.values()).forEach(key -> assertThat(fromRepository.sourceOf(key)).as(key.name()).isEqualTo("default"));
    }

    @Test
    void configurationGuideListsEveryKey() throws IOException {
        String guide = Files.readString(Path.of("docs", "configuration.md"));
        for (ConfigKey key : ConfigKey.values()) {
            String defaultCell = key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`";
            assertThat(guide).as(key.name()).contains("| `" + key.environmentName() + "` | `" + key.propertyName() + "` |");
            if (!defaultCell.isEmpty()) {
                assertThat(guide).as(key.name() + " default").containsPattern(
                        "\\| `" + key.environmentName() + "` \\| `" + key.propertyName().replace(".", "\\.") + "` \\|[^\\n]*"
                                + java.util.regex.Pattern.quote(defaultCell));
            }
        }
    }

    @Test
    void propertiesFileIsValidJavaProperties() throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("config", "application.properties"))) {
            properties.load(reader);
        }
        assertThat(properties).isEmpty();
    }
}
