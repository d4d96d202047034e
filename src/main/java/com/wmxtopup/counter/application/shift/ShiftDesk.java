package com.wmxtopup.counter.application.shift;

/// What the Kas screen works with: the shifts of this console and their reports on paper.
public record ShiftDesk(Shifts shifts, ShiftPapers papers) {
}
