package com.wmxtopup.counter.sandbox.vip;

import java.time.Instant;

/// A snapshot of one order as the simulator holds it.
///
/// @param serviceName `"<game> - <name>"`, as status answers show it
/// @param price       what was charged (the account level's tier price)
public record SimulatedTransaction(String trxId, String serviceCode, String serviceName, String data, String zone,
                                   Status status, String note, long price, Instant createdAt) {

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
