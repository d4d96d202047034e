package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.support.TestApp;

class H2CatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected DatabaseSettings newDatabase() {
        var file = TestApp.newDataDirectory("h2-catalog").resolve("db");
        return new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
    }
}
