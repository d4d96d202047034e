package com.wmxtopup.counter.support;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.JdbcConsoleRunRepository;
import com.wmxtopup.counter.application.ConsoleRun;
import java.time.Clock;
import java.util.UUID;

/// A console run that has begun, on the given database (a fresh console id each time: tests
/// that play several consoles call it once per console).
public final class TestConsoleRun {

    private TestConsoleRun() {
    }

    public static ConsoleRun begun(Database database, Clock clock) {
        var run = new ConsoleRun(UUID.randomUUID().toString(), "test", new JdbcConsoleRunRepository(database.jdbc()), clock);
        run.begin();
        return run;
    }
}
