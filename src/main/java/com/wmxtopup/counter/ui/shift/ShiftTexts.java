package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Shift;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// The Kas screen's sentences: refusals, times and signed amounts.
public final class ShiftTexts {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final I18n i18n;
    private final ShopZone zone;

    public ShiftTexts(I18n i18n, ShopZone zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    String refusal(Shifts.Outcome.Refused refused, Money expected) {
        String key = "shift.refused." + refused.reason().name().toLowerCase(Locale.ROOT);
        return switch (refused.reason()) {
            case ALREADY_OPEN -> i18n.text(key, refused.open().map(Shift::id).map(String::valueOf).orElse("?"),
                    refused.open().map(Shift::openedBy).orElse("?"));
            case MORE_THAN_IN_DRAWER -> i18n.text(key, RupiahFormat.format(expected));
            default -> i18n.text(key);
        };
    }

    String failure(Throwable error) {
        return error instanceof NotPermittedException ? i18n.text("shift.notPermitted") : i18n.text("shift.failed", error.getMessage());
    }

    String time(Instant at) {
        return DATE_TIME.format(zone.at(at)) + " " + zone.label();
    }

    static String signed(long rupiah) {
        String plain = RupiahFormat.format(Money.rupiah(Math.abs(rupiah)));
        return rupiah > 0 ? "+" + plain : rupiah < 0 ? "-" + plain : plain;
    }

    String openSince(Shift shift) {
        return i18n.text("shift.openSince", shift.id(), time(shift.openedAt()), shift.openedBy(),
                RupiahFormat.format(shift.openingFloat().total()));
    }
}
