package com.wmxtopup.counter.ui.common;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.domain.Permission;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// Who is signed in at this window. View models pass it to every use case they call (the use
/// case decides what is allowed) and may read it to hide what would be refused anyway. Changed
/// only on the FX thread; read from tasks as a value taken before they start.
public final class CurrentOperator {

    /// Before anyone signed in (the lock shows): a cashier's rights, no name.
    public static final Operator NOBODY = new Operator(java.util.Optional.empty(), "—", com.wmxtopup.counter.domain.Role.CASHIER,
            com.wmxtopup.counter.domain.Actor.CASHIER, java.util.Optional.empty());

    private final ReadOnlyObjectWrapper<Operator> operator;

    public CurrentOperator(Operator initial) {
        this.operator = new ReadOnlyObjectWrapper<>(initial);
    }

    public Operator get() {
        return operator.get();
    }

    public void set(Operator now) {
        operator.set(now);
    }

    public boolean may(Permission permission) {
        return operator.get().may(permission);
    }

    public ReadOnlyObjectProperty<Operator> property() {
        return operator.getReadOnlyProperty();
    }
}
