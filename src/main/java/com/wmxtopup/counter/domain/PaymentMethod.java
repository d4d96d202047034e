package com.wmxtopup.counter.domain;

public enum PaymentMethod {
    QRIS,
    CASH
}
