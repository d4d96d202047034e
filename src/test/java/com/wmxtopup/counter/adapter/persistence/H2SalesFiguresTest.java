package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.support.TestApp;

/// The sales reports on the embedded H2 file database (the default).
class H2SalesFiguresTest extends SalesFiguresContract {

    @Override
    protected DatabaseSettings newDatabase() {
        var file = TestApp.newDataDirectory("h2-reports").resolve("db");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, file.toString());
    }
}
