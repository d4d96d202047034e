package com.wmxtopup.counter.application.port;

/// The two thermal paper rolls Indonesian counters use, with how many characters of the
/// printer's standard font (Font A, 12×24 dots) fit on one line.
public enum PaperWidth {
    MM_58(32),
    MM_80(48);

    private final int charactersPerLine;

    PaperWidth(int charactersPerLine) {
        this.charactersPerLine = charactersPerLine;
    }

    public int charactersPerLine() {
        return charactersPerLine;
    }
}
