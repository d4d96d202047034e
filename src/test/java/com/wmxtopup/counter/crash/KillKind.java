package com.wmxtopup.counter.crash;

/// When the crash suite kills the application with SIGKILL.
enum KillKind {
    /// At a random moment of the load (also shortly after a restart, during recovery).
    RANDOM("random"),
    /// Right after the driver received a 201 for a new order.
    AFTER_201("after 201"),
    /// Right after a Midtrans webhook delivery got its 200.
    AFTER_WEBHOOK_200("after webhook 200"),
    /// Right after the VIP Reseller simulator recorded an order, before the answer reached the app.
    AFTER_ORDER_RECEIVED("after order received");

    private final String label;

    KillKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
