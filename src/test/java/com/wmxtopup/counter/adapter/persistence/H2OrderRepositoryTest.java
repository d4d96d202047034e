package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.support.TestApp;

/// The repository contract on the embedded H2 file database (the default).
class H2OrderRepositoryTest extends OrderRepositoryContract {

    @Override
    protected DatabaseSettings newDatabase() {
        var file = TestApp.newDataDirectory("h2").resolve("db");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, file.toString());
    }
}
