package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.bootstrap.config.ConfigKey;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/// Which console this is: a UUID kept in the data folder (`console-id`), made at the first
/// start. A restart of the same console ends its earlier runs at once (application.ConsoleRun),
/// so what it had in flight when it died is recovered within seconds.
final class ConsoleIdentity {

    static final String FILE_NAME = "console-id";

    private ConsoleIdentity() {
    }

    static String of(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (isUuid(id)) {
                    return id;
                }
            }
            String id = UUID.randomUUID().toString();
            Path temporary = Files.createTempFile(dataDirectory, FILE_NAME, ".tmp");
            Files.writeString(temporary, id + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            throw new ConfigurationException(ConfigKey.DATA_DIR, "cannot keep this console's id in " + file + " (" + e.getMessage()
                    + "); choose a writable folder with --data-dir.");
        }
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /// This computer's name, for an admin who wonders which console holds an order. From the
    /// environment: a name lookup (`InetAddress.getLocalHost`) can stall the start for seconds.
    static String hostName() {
        String name = System.getenv("COMPUTERNAME"); // Windows
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        return name == null || name.isBlank() ? "unknown" : name.strip();
    }
}
