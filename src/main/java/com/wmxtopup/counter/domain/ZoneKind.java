package com.wmxtopup.counter.domain;

/// What the second target field of a game is, if any.
public enum ZoneKind {
    /// One ID only.
    NONE,
    /// A free numeric zone ID typed by the cashier (Mobile Legends).
    ZONE,
    /// One of a fixed list of server codes (Genshin Impact, Honkai: Star Rail).
    SERVER
}
