package com.wmxtopup.counter.domain;

/// The rupiah notes and coins a drawer is counted in, largest first (the order of the count form).
public enum Denomination {
    NOTE_100000(100_000, true),
    NOTE_50000(50_000, true),
    NOTE_20000(20_000, true),
    NOTE_10000(10_000, true),
    NOTE_5000(5_000, true),
    NOTE_2000(2_000, true),
    NOTE_1000(1_000, true),
    COIN_1000(1_000, false),
    COIN_500(500, false),
    COIN_200(200, false),
    COIN_100(100, false);

    private final long rupiah;
    private final boolean note;

    Denomination(long rupiah, boolean note) {
        this.rupiah = rupiah;
        this.note = note;
    }

    public Money value() {
        return Money.rupiah(rupiah);
    }

    public boolean isNote() {
        return note;
    }
}
