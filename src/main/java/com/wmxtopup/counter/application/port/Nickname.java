package com.wmxtopup.counter.application.port;

import java.util.Objects;

/// A player's in-game name, and for region-checked games the account's country code (e.g. `ID`).
public record Nickname(String name, String countryCode) {

    public Nickname {
        Objects.requireNonNull(name, "name");
        countryCode = Objects.requireNonNullElse(countryCode, "");
    }
}
