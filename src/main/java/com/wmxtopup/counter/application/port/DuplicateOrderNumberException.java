package com.wmxtopup.counter.application.port;

/// Another order already has this number (astronomically unlikely with generated numbers,
/// but the database enforces it and the caller retries with a new one).
public final class DuplicateOrderNumberException extends RuntimeException {

    public DuplicateOrderNumberException(String orderNumber, Throwable cause) {
        super("order number already used: " + orderNumber, cause);
    }
}
