package com.wmxtopup.counter.bootstrap.config;

import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.application.DatabaseKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/// Turns `DATABASE_URL` into connection settings. Accepts `jdbc:h2:…`, `jdbc:postgresql://…`
/// and the seed's `postgresql://user:pass@host:port/db` (also `postgres://`); empty means the
/// embedded H2 file in the data directory.
final class DatabaseUrl {

    private DatabaseUrl() {
    }

    /// The embedded database of demo mode, apart from the shop's own data.
    static DatabaseSettings demo(Path dataDirectory) {
        Path file = dataDirectory.resolve("demo").resolve("db").resolve("wmx-topup-demo");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, file + ".mv.db");
    }

    static DatabaseSettings parse(String url, Path dataDirectory, String username, String password) {
        String value = url == null ? "" : url.strip();
        if (value.isEmpty()) {
            Path file = dataDirectory.resolve("db").resolve("wmx-topup");
            // DB_CLOSE_ON_EXIT=FALSE: our own orderly shutdown closes the database last.
            return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2,
                    file + ".mv.db");
        }
        if (value.startsWith("jdbc:h2:")) {
            return new DatabaseSettings(value, username.isEmpty() ? "sa" : username, password, DatabaseKind.H2,
                    stripParameters(value.substring("jdbc:h2:".length())));
        }
        if (value.startsWith("jdbc:postgresql:")) {
            return new DatabaseSettings(value, username, password, DatabaseKind.POSTGRESQL,
                    stripParameters(value.substring("jdbc:postgresql:".length())).replaceFirst("^//", ""));
        }
        if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
            return fromPostgresUri(value, username, password);
        }
        throw new ConfigurationException(ConfigKey.DATABASE_URL,
                "'" + redact(value)
                        + "' is not a database URL; use jdbc:h2:…, jdbc:postgresql://host:port/db or postgresql://user:pass@host:port/db.");
    }

    private static DatabaseSettings fromPostgresUri(String value, String username, String password) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new ConfigurationException(ConfigKey.DATABASE_URL,
                    "'" + redact(value) + "' cannot be read (" + e.getReason()
                            + "); use postgresql://user:pass@host:port/db and percent-encode special characters in the password.");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
            throw new ConfigurationException(ConfigKey.DATABASE_URL,
                    "'" + redact(value) + "' needs a host and a database name, e.g. postgresql://user:pass@localhost:5432/wmx_topup.");
        }
        String user = username;
        String pass = password;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            pass = parts.length > 1 ? decode(parts[1]) : "";
        }

        String hostAndPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String database = uri.getPath().substring(1);
        String jdbc = "jdbc:postgresql://" + hostAndPort + "/" + database + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseSettings(jdbc, user, pass, DatabaseKind.POSTGRESQL, hostAndPort + "/" + database);
    }

    /// Percent-decoding only: unlike form decoding, a `+` in a password stays a `+`.
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String stripParameters(String s) {
        int semicolon = s.indexOf(';');
        int question = s.indexOf('?');
        int cut = semicolon < 0 ? question : (question < 0 ? semicolon : Math.min(semicolon, question));
        return cut < 0 ? s : s.substring(0, cut);
    }

    /// Hides a password in `scheme://user:password@host` so that error messages can quote the URL.
    static String redact(String url) {
        return url.replaceAll("(//[^:/@]*):[^@]*@", "$1:***@")
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
