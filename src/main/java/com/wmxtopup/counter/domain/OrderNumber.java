package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/// The order's public number, also the Midtrans `order_id`: at most 50 characters of
/// `[A-Za-z0-9-_]`, unique across every console sharing a database.
///
/// Generated numbers look like `WMX-20261124-K7Q2M9XD3F`: the shop's date for people, then 10
/// random Crockford base-32 characters (50 bits), so consoles need no coordination; the
/// database's unique constraint is the final guard.
public record OrderNumber(String value) {

    public static final int MAX_LENGTH = 50;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final int RANDOM_CHARACTERS = 10;

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("order number must be 1-50 characters of A-Z, a-z, 0-9, '-' or '_': " + value);
        }
    }

    /// A new number with the date of `now` in the shop's zone.
    public static OrderNumber generate(String prefix, Instant now, ShopZone shopZone, RandomGenerator random) {
        var suffix = new StringBuilder(RANDOM_CHARACTERS);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            suffix.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
        }
        return new OrderNumber(prefix + "-" + DAY.format(shopZone.at(now)) + "-" + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
