package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.support.PostgresServer;

/// The repository contract on a real PostgreSQL server.
class PostgresOrderRepositoryTest extends OrderRepositoryContract {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.newDatabase();
    }
}
