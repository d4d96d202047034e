package com.wmxtopup.counter.domain;

/// The game account a top-up goes to: the player's ID and, for games that have one, the zone
/// or server (sent to the supplier as a separate field, never concatenated as `id(zone)`).
/// Values are kept trimmed; an absent zone is the empty string.
public record TopUpTarget(String userId, String zoneId) {

    public TopUpTarget {
        userId = userId == null ? "" : userId.strip();
        zoneId = zoneId == null ? "" : zoneId.strip();
    }

    public static TopUpTarget of(String userId) {
        return new TopUpTarget(userId, "");
    }

    public boolean hasZone() {
        return !zoneId.isEmpty();
    }

    /// `136216325 (2685)` for display; just the ID when there is no zone.
    public String display() {
        return hasZone() ? userId + " (" + zoneId + ")" : userId;
    }
}
