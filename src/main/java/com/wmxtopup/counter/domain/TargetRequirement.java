package com.wmxtopup.counter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/// What a game needs to know about the player's account, and how to check what was typed.
/// ID lengths are the heuristics of specs/vip-reseller-api.md §4, not supplier rules, so they
/// are deliberately a little wider than what is typical.
///
/// @param key            stable name of the rule (`mobile-legends`, `genshin-impact`, …)
/// @param digitsOnly     whether the user ID is numeric
/// @param minIdLength    shortest accepted user ID
/// @param maxIdLength    longest accepted user ID
/// @param zoneKind       whether a zone or server is needed
/// @param minZoneLength  shortest zone (only for [ZoneKind#ZONE])
/// @param maxZoneLength  longest zone (only for [ZoneKind#ZONE])
/// @param servers        server codes to choose from (only for [ZoneKind#SERVER])
/// @param nicknameCode   the supplier's `get-nickname` code, empty when the game has none
public record TargetRequirement(
                                String key,
                                boolean digitsOnly,
                                int minIdLength,
                                int maxIdLength,
                                ZoneKind zoneKind,
                                int minZoneLength,
                                int maxZoneLength,
                                List<String> servers,
                                String nicknameCode) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /// Riot IDs (`name#tag`), e-mail-like logins and plain IDs; no spaces or quotes.
    private static final Pattern ID_CHARACTERS = Pattern.compile("[\\p{L}\\p{N}._#@-]+");

    public TargetRequirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(zoneKind, "zoneKind");
        servers = List.copyOf(servers);
        nicknameCode = nicknameCode == null ? "" : nicknameCode;
    }

    /// The fields a form for this game shows, in order.
    public List<TargetField> fields() {
        return zoneKind == ZoneKind.NONE ? List.of(TargetField.USER_ID) : List.of(TargetField.USER_ID, TargetField.ZONE_ID);
    }

    public boolean supportsNicknameCheck() {
        return !nicknameCode.isEmpty();
    }

    /// Everything wrong with `target`; empty when it can be sent to the supplier.
    public List<TargetViolation> validate(TopUpTarget target) {
        var violations = new ArrayList<TargetViolation>();
        checkUserId(target.userId(), violations);
        checkZone(target.zoneId(), violations);
        return List.copyOf(violations);
    }

    private void checkUserId(String id, List<TargetViolation> violations) {
        if (id.isEmpty()) {
            violations.add(new TargetViolation(TargetField.USER_ID, TargetViolation.Problem.REQUIRED, ""));
        } else if (digitsOnly && !DIGITS.matcher(id).matches()) {
            violations.add(new TargetViolation(TargetField.USER_ID, TargetViolation.Problem.DIGITS_ONLY, ""));
        } else if (!digitsOnly && !ID_CHARACTERS.matcher(id).matches()) {
            violations.add(new TargetViolation(TargetField.USER_ID, TargetViolation.Problem.INVALID_CHARACTERS, ""));
        } else if (id.length() < minIdLength || id.length() > maxIdLength) {
            violations.add(new TargetViolation(TargetField.USER_ID, TargetViolation.Problem.LENGTH, minIdLength + "-" + maxIdLength));
        }
    }

    private void checkZone(String zone, List<TargetViolation> violations) {
        switch (zoneKind) {
            case NONE -> {
                if (!zone.isEmpty()) {
                    violations.add(new TargetViolation(TargetField.ZONE_ID, TargetViolation.Problem.NOT_ALLOWED, ""));
                }
            }
            case ZONE -> {
                if (zone.isEmpty()) {
                    violations.add(new TargetViolation(TargetField.ZONE_ID, TargetViolation.Problem.REQUIRED, ""));
                } else if (!DIGITS.matcher(zone).matches()) {
                    violations.add(new TargetViolation(TargetField.ZONE_ID, TargetViolation.Problem.DIGITS_ONLY, ""));
                } else if (zone.length() < minZoneLength || zone.length() > maxZoneLength) {
                    violations.add(
                            new TargetViolation(TargetField.ZONE_ID, TargetViolation.Problem.LENGTH, minZoneLength + "-" + maxZoneLength));
                }
            }
            case SERVER -> {
                if (zone.isEmpty()) {
                    violations.add(new TargetViolation(TargetField.ZONE_ID, TargetViolation.Problem.REQUIRED, ""));
                } else if (!servers.contains(zone)) {
                    violations.add(
                            new TargetViolation(TargetField.ZONE_ID, TargetViolation.Problem.UNKNOWN_SERVER, String.join(", ", servers)));
                }
            }
        }
    }
}
