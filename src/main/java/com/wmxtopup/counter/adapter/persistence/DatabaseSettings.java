package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.util.Objects;

/// How to reach the database. `password` is a secret: [#toString] never shows it.
///
/// @param location a credential-free description for logs and the status bar
public record DatabaseSettings(String jdbcUrl, String username, String password, DatabaseKind kind, String location) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(kind, "kind");
        username = Objects.requireNonNullElse(username, "");
        password = Objects.requireNonNullElse(password, "");
        location = Objects.requireNonNullElse(location, "");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + kind + " " + location + "]";
    }
}
