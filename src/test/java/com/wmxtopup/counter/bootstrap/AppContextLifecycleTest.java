package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Shutdown closes every part in reverse order of start, also when one of them fails to close.
class AppContextLifecycleTest {

    @Test
    void everyPartIsClosedInReverseEvenWhenOneFails() {
        var closed = new ArrayList<String>();
        List<AutoCloseable> parts = List.of(
                () -> closed.add("database"),
                () -> {
                    closed.add("http clients");
                    throw new IllegalStateException("a client would not close");
                },
                () -> closed.add("web server"));

        AppContext.closeInReverse(parts);

        assertThat(closed).containsExactly("web server", "http clients", "database");
    }
}
