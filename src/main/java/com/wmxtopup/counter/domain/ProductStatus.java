package com.wmxtopup.counter.domain;

public enum ProductStatus {
    /// The supplier sells it now.
    AVAILABLE,
    /// The supplier lists it but has no stock (`empty`).
    EMPTY,
    /// Gone from the supplier's list; kept for order history, never sold.
    REMOVED
}
