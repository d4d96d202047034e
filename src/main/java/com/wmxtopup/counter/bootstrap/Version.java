package com.wmxtopup.counter.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/// The application version, from a resource Maven fills in at build time.
final class Version {

    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/wmx-version.properties")) {
            if (in == null) {
                return "development";
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
