package com.wmxtopup.counter.application.access;

/// What a PIN must look like: 4 to 8 digits.
public final class PinRule {

    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 8;

    private PinRule() {
    }

    public static boolean isValid(String pin) {
        return pin != null && pin.length() >= MIN_DIGITS && pin.length() <= MAX_DIGITS && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
