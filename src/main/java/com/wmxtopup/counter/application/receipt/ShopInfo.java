package com.wmxtopup.counter.application.receipt;

import com.wmxtopup.counter.domain.ShopZone;
import java.util.Objects;

/// What the shop prints at the top and bottom of every receipt.
///
/// @param name        the shop's name, printed large at the top
/// @param addressLine one line under the name (address, WhatsApp number); empty to leave it out
/// @param footerLine  the closing line (e.g. `Terima kasih!`); empty to leave it out
/// @param zone        the shop's time zone: the receipt's date and time are in it, with its label
public record ShopInfo(String name, String addressLine, String footerLine, ShopZone zone) {

    public ShopInfo {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("shop name must not be blank");
        }
        name = name.strip();
        addressLine = Objects.requireNonNullElse(addressLine, "").strip();
        footerLine = Objects.requireNonNullElse(footerLine, "").strip();
        Objects.requireNonNull(zone, "zone");
    }
}
