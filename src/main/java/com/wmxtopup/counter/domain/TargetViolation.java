package com.wmxtopup.counter.domain;

/// Why a target does not fit its game. `problem` is a stable code the UI turns into a sentence
/// (`target.problem.<code>` in the message bundles); `detail` carries the numbers or choices.
public record TargetViolation(TargetField field, Problem problem, String detail) {

    public enum Problem {
        /// The field is needed and empty.
        REQUIRED,
        /// Only digits are allowed.
        DIGITS_ONLY,
        /// Too short or too long; detail is `min-max`.
        LENGTH,
        /// Not one of the game's servers; detail lists them.
        UNKNOWN_SERVER,
        /// The game takes no zone or server, yet one was given.
        NOT_ALLOWED,
        /// Characters outside what the game's IDs use.
        INVALID_CHARACTERS
    }
}
