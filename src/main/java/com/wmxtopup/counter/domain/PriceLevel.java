package com.wmxtopup.counter.domain;

/// The supplier account level that selects which buy price applies (VIP Reseller profile `level`).
public enum PriceLevel {
    BASIC,
    PREMIUM,
    SPECIAL
}
