package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.support.TestApp;

/// The shift contract on the embedded H2 store.
class H2ShiftsTest extends ShiftsContract {

    @Override
    protected DatabaseSettings newDatabase() {
        var file = TestApp.newDataDirectory("shifts").resolve("db");
        return new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
    }
}
