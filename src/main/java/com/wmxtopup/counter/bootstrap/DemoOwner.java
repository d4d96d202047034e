package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.access.SignIn;
import com.wmxtopup.counter.application.RuntimeMode;
import java.util.Optional;

/// Demo mode opens straight at the counter: its own store gets an owner with a known PIN, and
/// the console starts signed in as them. Live stores never get one (their owner is created at the
/// first start, with their own PIN).
final class DemoOwner {

    static final String NAME = "Pemilik Demo";
    static final String PIN = "1234";

    private DemoOwner() {
    }

    /// The demo owner, signed in; empty in live mode or when the demo owner's PIN was changed.
    static Optional<Operator> signIn(AppContext context) {
        if (context.config().mode() != RuntimeMode.DEMO) {
            return Optional.empty();
        }
        SignIn signIn = context.access().signIn();
        if (signIn.needsFirstOwner()) {
            context.access().users().createFirstOwner(NAME, PIN);
        }
        return signIn.people().stream().filter(p -> p.name().equals(NAME)).findFirst()
                .map(owner -> signIn.signIn(owner.id(), PIN))
                .filter(SignIn.Outcome.Accepted.class::isInstance)
                .map(accepted -> ((SignIn.Outcome.Accepted) accepted).operator());
    }
}
