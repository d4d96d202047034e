package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.adapter.persistence.DatabaseException.UniqueKeyTakenException;
import com.wmxtopup.counter.application.port.UserRepository;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.User;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcUserRepository implements UserRepository {

    private final Jdbc jdbc;

    public JdbcUserRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<User> all() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM users ORDER BY active DESC, name_key").list(JdbcUserRepository::toUser));
    }

    @Override
    public Optional<User> find(long id) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM users WHERE id = :id").bind("id", id).first(JdbcUserRepository::toUser));
    }

    @Override
    public boolean anyActive() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT COUNT(*) FROM users WHERE active").single(r -> r.longValue(1)) > 0);
    }

    /// Empty when the name (as [User#nameKey]) is taken.
    @Override
    public Optional<User> add(User user) {
        String name = Text.cut(user.name(), 60);
        try {
            long id = jdbc.fromTransaction(tx -> tx.sql("INSERT INTO users (name, name_key, role, pin_hash, failed_pins, locked_until,"
                    + " active, created_at, version) VALUES (:name, :key, :role, :pinHash, :failed, :lockedUntil, :active, :at, 0)")
                    .bind("name", name).bind("key", Text.cut(User.nameKey(user.name()), 60)).bind("role", user.role().name())
                    .bind("pinHash", user.pinHash()).bind("failed", user.failedPins()).bind("lockedUntil", user.lockedUntil().orElse(null))
                    .bind("active", user.active()).bind("at", user.createdAt())
                    .insert());
            return Optional.of(new User(id, name, user.role(), user.pinHash(), user.failedPins(), user.lockedUntil(), user.active(),
                    user.createdAt(), 0));
        } catch (UniqueKeyTakenException nameTaken) {
            return Optional.empty();
        }
    }

    @Override
    public boolean update(User changed) {
        return jdbc.fromTransaction(tx -> tx.sql("""
                UPDATE users SET role = :role, pin_hash = :pinHash, failed_pins = :failed, locked_until = :lockedUntil,
                    active = :active, version = version + 1
                WHERE id = :id AND version = :version""")
                .bind("role", changed.role().name())
                .bind("pinHash", changed.pinHash())
                .bind("failed", changed.failedPins())
                .bind("lockedUntil", changed.lockedUntil().orElse(null))
                .bind("active", changed.active())
                .bind("id", changed.id())
                .bind("version", changed.version())
                .execute() == 1);
    }

    private static User toUser(SqlStatement.Row r) throws SQLException {
        return new User(r.longValue("id"), r.string("name"), Role.valueOf(r.string("role")), r.string("pin_hash"),
                r.intValue("failed_pins"),
                Optional.ofNullable(r.instant("locked_until")), r.bool("active"), r.instant("created_at"), r.longValue("version"));
    }
}
