package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.adapter.settings.SettingsFile;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.application.access.SignIn;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.Money;
import java.util.Optional;

/// Demo mode opens straight at the counter: its own store gets an owner with a known PIN, and
/// the console starts signed in as them. Live stores never get one (their owner is created at the
/// first start, with their own PIN).
final class DemoOwner {

    static final String NAME = "Pemilik Demo";
    static final String PIN = "1234";
    static final Money DEMO_FLOAT = Money.rupiah(200_000);

    private DemoOwner() {
    }

    /// How a start begins: signed in as the demo owner or not, and whether this is the first start
    /// of a fresh install (its demo store was empty until now).
    record Start(Optional<Operator> owner, boolean firstStart) {
    }

    /// Whether this start surely opens behind the PIN lock: a live console always does (nobody is
    /// signed in by the start); demo mode signs its owner in, unless their PIN was changed — which
    /// only [#signIn] finds out, and then the window is built as if it opened unlocked.
    static boolean opensBehindLock(AppConfig config) {
        return config.mode() != RuntimeMode.DEMO;
    }

    /// The demo owner, signed in; empty in live mode or when the demo owner's PIN was changed.
    static Start signIn(AppContext context) {
        if (context.config().mode() != RuntimeMode.DEMO) {
            return new Start(Optional.empty(), false);
        }
        SignIn signIn = context.access().signIn();
        boolean fresh = signIn.needsFirstOwner();
        if (fresh) {
            context.access().users().createFirstOwner(NAME, PIN);
        }
        var owner = signIn.people().stream().filter(p -> p.name().equals(NAME)).findFirst()
                .map(person -> signIn.signIn(person.id(), PIN))
                .filter(SignIn.Outcome.Accepted.class::isInstance)
                .map(accepted -> ((SignIn.Outcome.Accepted) accepted).operator());
        if (fresh && owner.isPresent()) {
            // The demo drawer is open from the start, so cash can be tried at once; closing it
            // and opening the next is the Kas screen's to show.
            context.shiftDesk().shifts().open(owner.get(), CashCount.ofTotal(DEMO_FLOAT));
        }
        return new Start(owner, fresh && !java.nio.file.Files.exists(SettingsFile.in(context.config().dataDirectory()).file()));
    }
}
