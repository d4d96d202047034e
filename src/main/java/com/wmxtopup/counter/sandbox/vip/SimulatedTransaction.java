package com.wmxtopup.counter.sandbox.vip;

import java.time.Instant;

/// A snapshot of one order as the simulator holds it.
///
/// @param line        which endpoint it was ordered through (and whose `status` lists it)
/// @param serviceName `"<game> - <name>"` for games, the item's name for prepaid (e.g.
///                    `Telkomsel 10.000`), as status answers show it
/// @param data        the player ID, or the customer number of a prepaid order
/// @param zone        the zone or server of a game order; empty for prepaid orders
/// @param note        on `error` the reason; on `success` the serial number (SN) of a prepaid order
/// @param price       what was charged (the account level's tier price)
public record SimulatedTransaction(String trxId, ProductLine line, String serviceCode, String serviceName, String data,
                                   String zone, Status status, String note, long price, Instant createdAt) {

    public enum ProductLine {
        /// `/api/game-feature`
        GAME,
        /// `/api/prepaid`
        PREPAID
    }

    public enum Status {
        WAITING("waiting"),
        PROCESSING("processing"),
        SUCCESS("success"),
        ERROR("error");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /// The supplier's word for it, e.g. `processing`.
        public String word() {
            return word;
        }

        public boolean isFinal() {
            return this == SUCCESS || this == ERROR;
        }
    }
}
