package com.wmxtopup.counter.application.settings;

import java.util.EnumMap;
import java.util.Map;

/// Values the screen should not have let through; nothing was saved.
public final class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Map<Setting, Problem> problems;

    public InvalidSettingsException(Map<Setting, Problem> problems) {
        super("invalid settings: " + problems.keySet());
        this.problems = new EnumMap<>(problems);
    }

    public Map<Setting, Problem> problems() {
        return Map.copyOf(problems);
    }
}
