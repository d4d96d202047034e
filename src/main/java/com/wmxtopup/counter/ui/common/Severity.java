package com.wmxtopup.counter.ui.common;

/// How much a message needs the cashier's attention; a view model decides it with the message,
/// the view turns it into colour, icon and size.
public enum Severity {
    /// Something to know, nothing to do: a parked order, a receipt saved.
    INFO,
    /// What was asked for happened: the top-up went through.
    SUCCESS,
    /// Go on only after a look: the same sale a few minutes ago, an ID nobody could check.
    WARNING,
    /// Something failed or blocks the sale: not enough cash, an unknown ID, a failed top-up.
    DANGER
}
