package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.support.PostgresServer;

/// The sales reports on a real PostgreSQL server.
class PostgresSalesFiguresTest extends SalesFiguresContract {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.newDatabase();
    }
}
