package com.wmxtopup.counter.adapter.settings;

import com.wmxtopup.counter.application.port.SettingsStore;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/// The settings saved from the screen: `settings.properties` in the data folder, the same keys
/// as config/application.properties, secrets sealed by [SecretBox] (`enc:v1:…`). Written whole
/// to a temporary file, forced to the disk, then moved over the old one (`ATOMIC_MOVE`): a crash
/// leaves the old file or the new one, never half of one.
public final class SettingsFile implements SettingsStore {

    public static final String FILE_NAME = "settings.properties";
    private static final String HEADER = "WMX Topup Counter: saved from the Pengaturan screen. Environment variables, --config and"
            + " config/application.properties win over these. enc:v1: values are encrypted with secret.key.";

    private final Path file;
    private final SecretBox box;

    public SettingsFile(Path file, SecretBox box) {
        this.file = file;
        this.box = box;
    }

    /// `settings.properties` and `secret.key` in `dataDirectory`.
    public static SettingsFile in(Path dataDirectory) {
        return new SettingsFile(dataDirectory.resolve(FILE_NAME), SecretBox.in(dataDirectory));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Saved load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Saved(Map.of(), Set.of());
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage(), e);
        }
        var values = new HashMap<String, String>();
        var unreadable = new HashSet<String>();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name).strip();
            if (SecretBox.isSealed(value)) {
                try {
                    values.put(name, box.open(value));
                } catch (SecretBox.UnreadableSecretException e) {
                    // Not logged here: the configuration loader reads this file before logging is set
                    // up; it names the setting in the start-up line instead.
                    unreadable.add(name);
                }
            } else if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
        return new Saved(values, unreadable);
    }

    @Override
    public synchronized void save(Map<String, String> values, Set<String> secrets) throws IOException {
        // Written sorted by key (Properties.store does so since JDK 18): the file reads the same after every save.
        var properties = new Properties();
        for (var entry : values.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (!value.isEmpty()) {
                properties.setProperty(entry.getKey(), secrets.contains(entry.getKey()) ? box.seal(value) : value);
            }
        }
        var text = new StringWriter();
        properties.store(text, HEADER);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(StandardCharsets.UTF_8.encode(text.toString()));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
