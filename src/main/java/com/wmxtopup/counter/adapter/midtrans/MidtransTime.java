package com.wmxtopup.counter.adapter.midtrans;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/// Midtrans timestamps. Answers carry WIB wall-clock time without an offset
/// (`"2025-03-01 10:30:00"`); `custom_expiry.order_time` in requests needs an explicit one
/// (`"2025-03-01 10:15:00 +0700"`).
final class MidtransTime {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter ANSWER = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss Z").withZone(WIB);

    private MidtransTime() {
    }

    /// A timestamp from an answer, read as Asia/Jakarta time; empty when absent or not in that form.
    static Optional<Instant> parseWib(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), ANSWER).atZone(WIB).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /// `custom_expiry.order_time`: WIB with its `+0700` offset.
    static String orderTime(Instant instant) {
        return ORDER_TIME.format(instant);
    }
}
