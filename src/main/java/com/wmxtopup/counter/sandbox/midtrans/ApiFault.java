package com.wmxtopup.counter.sandbox.midtrans;

import java.time.Duration;
import java.util.Objects;

/// A failure the simulator's Core API shows instead of (or on top of) its normal answer.
public sealed interface ApiFault {

    /// HTTP 429 `{"message":"API rate limit exceeded"}`; nothing is processed.
    record RateLimited() implements ApiFault {
    }

    /// Body `status_code` 500 (HTTP 500 in both modes); nothing is processed.
    record InternalError() implements ApiFault {
    }

    /// Body `status_code` 503 "Bank/partner is experiencing connection issue." (HTTP 503); nothing is processed.
    record Unavailable() implements ApiFault {
    }

    /// An HTML "502 Bad Gateway" page from a load balancer; nothing is processed.
    record BadGatewayPage() implements ApiFault {
    }

    /// The request is processed (a charge is created), then the answer is held back for `delay`:
    /// a client with a shorter read timeout sees an unknown outcome.
    record SlowAnswer(Duration delay) implements ApiFault {
        public SlowAnswer {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /// The request is processed, then the connection is closed without an answer.
    record DroppedConnection() implements ApiFault {
    }

    static ApiFault rateLimited() {
        return new RateLimited();
    }

    static ApiFault internalError() {
        return new InternalError();
    }

    static ApiFault unavailable() {
        return new Unavailable();
    }

    static ApiFault badGatewayPage() {
        return new BadGatewayPage();
    }

    static ApiFault slowAnswer(Duration delay) {
        return new SlowAnswer(delay);
    }

    static ApiFault droppedConnection() {
        return new DroppedConnection();
    }
}
