package com.wmxtopup.counter.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// Indonesian and English bundles carry the same keys, and every `%key` an FXML file uses exists.
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_id.properties").stringPropertyNames());
    }

    @Test
    void fxmlFilesOnlyUseExistingKeys() throws IOException {
        Set<String> keys = load("messages_id.properties").stringPropertyNames();
        var percentKey = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (var files = Files.walk(Path.of("src/main/resources"))) {
            Set<String> used = files.filter(p -> p.toString().endsWith(".fxml")).flatMap(p -> {
                try {
                    return percentKey.matcher(Files.readString(p)).results().map(m -> m.group(1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
            assertThat(used).isNotEmpty();
            assertThat(keys).containsAll(used);
        }
    }

    @Test
    void i18nFormatsArgumentsAndSwitchesLanguage() {
        var i18n = new I18n(I18n.INDONESIAN);
        assertThat(i18n.text("status.version", "1.2.3")).isEqualTo("Versi 1.2.3");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(i18n.text("status.version", "1.2.3")).isEqualTo("Version 1.2.3");
        assertThat(i18n.text("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void unsupportedLanguagesFallBackToIndonesian() {
        assertThat(new I18n(java.util.Locale.GERMAN).locale()).isEqualTo(I18n.INDONESIAN);
    }
}
