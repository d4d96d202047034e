package com.wmxtopup.counter.sandbox.vip;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/// Trouble to inject into the simulator, for tests and for showing the console's error paths.
/// "Next" faults fire once and are then used up; switches stay until turned off or [#clear]ed.
///
/// Two families, because they mean different things to a client:
/// - **after placing** (`…NextOrderResponse`): the order is created and charged, then its answer
///   is delayed, cut off or dropped, so the client cannot know it succeeded;
/// - **instead of processing** ([#failNextRequest], [#malformNextRequest]): the next request of
///   any kind is answered without being looked at, so nothing was placed, yet the client cannot
///   know that either.
///
/// Thread-safe: tests arm faults while consoles poll.
public final class VipResellerFaults {

    private final AtomicReference<Duration> orderResponseDelay = new AtomicReference<>();
    private final AtomicBoolean dropOrderResponse = new AtomicBoolean();
    private final AtomicBoolean truncateOrderResponse = new AtomicBoolean();
    private final AtomicInteger failRequestStatus = new AtomicInteger();
    private final AtomicBoolean malformRequest = new AtomicBoolean();
    private final AtomicReference<String> orderRefusal = new AtomicReference<>();
    private final AtomicReference<String> orderErrorNote = new AtomicReference<>();
    private final AtomicReference<String> accountLock = new AtomicReference<>();
    private final AtomicBoolean apiMaintenance = new AtomicBoolean();
    private final AtomicBoolean transactionMaintenance = new AtomicBoolean();
    private final AtomicBoolean rateLimit;
    private final boolean rateLimitAtStart;

    VipResellerFaults(boolean rateLimit) {
        this.rateLimit = new AtomicBoolean(rateLimit);
        this.rateLimitAtStart = rateLimit;
    }

    /// The next order is placed, and its answer is held back for `delay`: longer than the
    /// client's read timeout, this is "timed out, but the order exists".
    public VipResellerFaults delayNextOrderResponse(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        orderResponseDelay.set(delay);
        return this;
    }

    /// The next order is placed, then the connection is closed without any answer: the
    /// supplier succeeded, the answer was lost.
    public VipResellerFaults dropNextOrderResponse() {
        dropOrderResponse.set(true);
        return this;
    }

    /// The next order is placed, then answered with the first half of its JSON (HTTP 200).
    public VipResellerFaults truncateNextOrderResponse() {
        truncateOrderResponse.set(true);
        return this;
    }

    /// The next request of any kind gets `httpStatus` (e.g. 500, 502) with an HTML error page
    /// and is not processed.
    public VipResellerFaults failNextRequest(int httpStatus) {
        if (httpStatus < 300 || httpStatus > 599) {
            throw new IllegalArgumentException("not an error status: " + httpStatus);
        }
        failRequestStatus.set(httpStatus);
        return this;
    }

    /// The next request of any kind gets HTTP 200 with a PHP warning instead of JSON and is not
    /// processed.
    public VipResellerFaults malformNextRequest() {
        malformRequest.set(true);
        return this;
    }

    /// The next order that passes the catalog (and prepaid number) check is refused with this text, e.g.
    /// `User id tidak sesuai.` or `Server tidak ditemukan atau saat ini tidak tersedia.`
    public VipResellerFaults refuseNextOrder(String supplierMessage) {
        orderRefusal.set(Objects.requireNonNull(supplierMessage, "supplierMessage"));
        return this;
    }

    /// The next placed order ends in `error` with this note (and the balance is credited back).
    public VipResellerFaults nextOrderEndsInError(String note) {
        orderErrorNote.set(Objects.requireNonNull(note, "note"));
        return this;
    }

    /// `Ada pemeliharaan sistem API, coba lagi nanti.` for every request while on.
    public VipResellerFaults apiMaintenance(boolean on) {
        apiMaintenance.set(on);
        return this;
    }

    /// `Ada pemeliharaan sistem transaksi, coba lagi nanti.` for orders while on.
    public VipResellerFaults transactionMaintenance(boolean on) {
        transactionMaintenance.set(on);
        return this;
    }

    /// The 6-second rule between orders of one game (or one prepaid brand), and
    /// `Transaksi serupa masih dalam proses.` for a repeat of a pending order.
    public VipResellerFaults rateLimit(boolean on) {
        rateLimit.set(on);
        return this;
    }

    /// Every authenticated request is refused with `reason` (a locked account) until
    /// `lockAccount(null)`.
    public VipResellerFaults lockAccount(String reason) {
        accountLock.set(reason == null || reason.isBlank() ? null : reason);
        return this;
    }

    /// Back to normal: no pending faults, no maintenance, no lock, rate limit as configured.
    public void clear() {
        orderResponseDelay.set(null);
        dropOrderResponse.set(false);
        truncateOrderResponse.set(false);
        failRequestStatus.set(0);
        malformRequest.set(false);
        orderRefusal.set(null);
        orderErrorNote.set(null);
        accountLock.set(null);
        apiMaintenance.set(false);
        transactionMaintenance.set(false);
        rateLimit.set(rateLimitAtStart);
    }

    Optional<Duration> takeOrderResponseDelay() {
        return Optional.ofNullable(orderResponseDelay.getAndSet(null));
    }

    boolean takeDropOrderResponse() {
        return dropOrderResponse.getAndSet(false);
    }

    boolean takeTruncateOrderResponse() {
        return truncateOrderResponse.getAndSet(false);
    }

    /// The HTTP status to fail the next request with, or 0.
    int takeFailRequestStatus() {
        return failRequestStatus.getAndSet(0);
    }

    boolean takeMalformRequest() {
        return malformRequest.getAndSet(false);
    }

    Optional<String> takeOrderRefusal() {
        return Optional.ofNullable(orderRefusal.getAndSet(null));
    }

    Optional<String> takeOrderErrorNote() {
        return Optional.ofNullable(orderErrorNote.getAndSet(null));
    }

    Optional<String> accountLock() {
        return Optional.ofNullable(accountLock.get());
    }

    boolean apiMaintenance() {
        return apiMaintenance.get();
    }

    boolean transactionMaintenance() {
        return transactionMaintenance.get();
    }

    boolean rateLimit() {
        return rateLimit.get();
    }
}
