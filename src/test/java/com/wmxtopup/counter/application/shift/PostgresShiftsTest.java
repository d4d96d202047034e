package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.support.PostgresServer;

/// The shift contract on a real PostgreSQL server (two consoles share one).
class PostgresShiftsTest extends ShiftsContract {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.newDatabase();
    }
}
