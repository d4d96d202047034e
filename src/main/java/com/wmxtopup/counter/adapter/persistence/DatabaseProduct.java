package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.sql.DriverManager;
import java.sql.SQLException;

/// What a connection's metadata says about the database, for Hibernate's dialect when it boots
/// without a connection of its own.
record DatabaseProduct(String name, String version, int major, int minor) {

    /// H2 is the embedded driver itself; PostgreSQL is asked over one short connection.
    static DatabaseProduct of(DatabaseSettings settings) {
        if (settings.kind() == DatabaseKind.H2) {
            return new DatabaseProduct("H2", org.h2.engine.Constants.FULL_VERSION, org.h2.engine.Constants.VERSION_MAJOR,
                    org.h2.engine.Constants.VERSION_MINOR);
        }
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password())) {
            var metaData = connection.getMetaData();
            return new DatabaseProduct(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(),
                    metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
        } catch (SQLException e) {
            throw new DatabaseStartException(Database.describeConnectionFailure(settings, e), e);
        }
    }
}
