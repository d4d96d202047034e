package com.wmxtopup.counter.sandbox.midtrans;

/// Which HTTP status line the simulator puts on its answers (specs/midtrans-api.md §5). The
/// body's `status_code` is the same either way; clients must not depend on the status line.
public enum HttpStatusMode {
    /// Like Midtrans: HTTP 200 for body 2xx, 402, 404, 406, 407, 412, 413 and other 4xx; 400 for
    /// 400; 401 for 401; 429 for the rate limit; 5xx as in the body.
    MIDTRANS_LIKE,
    /// HTTP status = the body's `status_code` (201 for a charge, 407 for an expired transaction, …).
    SAME_AS_BODY
}
