package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.support.PostgresServer;

class PostgresCatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.newDatabase();
    }
}
