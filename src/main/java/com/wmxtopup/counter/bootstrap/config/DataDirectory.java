package com.wmxtopup.counter.bootstrap.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where the embedded database, logs and receipts live when `--data-dir` does not say:
/// the per-user application data folder of the operating system.
public final class DataDirectory {

    static final String FOLDER_NAME = "wmx-topup-counter";
    static final String DISPLAY_FOLDER_NAME = "WMX Topup Counter";

    private DataDirectory() {
    }

    public static Path defaultFor(String osName, Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData);
            return base.resolve(DISPLAY_FOLDER_NAME);
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", DISPLAY_FOLDER_NAME);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve(FOLDER_NAME);
    }
}
