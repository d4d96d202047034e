package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import java.time.Instant;
import java.util.Optional;

/// The supplier account as last checked: one row (id 1), replaced at each check.
public final class JdbcSupplierAccountRepository implements SupplierAccountRepository {

    private static final int THE_ROW = 1;
    private final Jdbc jdbc;

    public JdbcSupplierAccountRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Snapshot> latest() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM supplier_account WHERE id = :id").bind("id", THE_ROW)
                .first(r -> new Snapshot(new SupplierAccount(r.string("full_name"), r.string("username"), new Money(r.longValue("balance")),
                        PriceLevel.valueOf(r.string("price_level"))), r.instant("checked_at"))));
    }

    @Override
    public void save(SupplierAccount account, Instant checkedAt) {
        jdbc.inTransaction(tx -> {
            var update = tx.sql("UPDATE supplier_account SET full_name = :fullName, username = :username, balance = :balance,"
                    + " price_level = :level, checked_at = :at WHERE id = :id");
            if (bind(update, account, checkedAt).execute() == 0) {
                bind(tx.sql("INSERT INTO supplier_account (id, full_name, username, balance, price_level, checked_at)"
                        + " VALUES (:id, :fullName, :username, :balance, :level, :at)"), account, checkedAt).execute();
            }
        });
    }

    private static SqlStatement bind(SqlStatement statement, SupplierAccount account, Instant checkedAt) {
        return statement.bind("id", THE_ROW).bind("fullName", account.fullName()).bind("username", account.username())
                .bind("balance", account.balance().rupiah()).bind("level", account.level().name()).bind("at", checkedAt);
    }
}
