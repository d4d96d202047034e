package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ApiTokenRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcApiTokenRepository implements ApiTokenRepository {

    private final Jdbc jdbc;

    public JdbcApiTokenRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ApiToken add(String name, String tokenHash, String lastFour, Instant at, String createdBy) {
        String cutName = Text.cut(name, 60);
        String cutCreatedBy = Text.cut(createdBy, 140);
        return jdbc.fromTransaction(tx -> {
            long id = tx.sql("INSERT INTO api_tokens (name, token_hash, last_four, created_at, created_by)"
                    + " VALUES (:name, :hash, :lastFour, :at, :by)")
                    .bind("name", cutName).bind("hash", tokenHash).bind("lastFour", lastFour).bind("at", at).bind("by", cutCreatedBy)
                    .insert();
            return new ApiToken(id, cutName, lastFour, at, cutCreatedBy);
        });
    }

    @Override
    public Optional<ApiToken> findActive(String tokenHash) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).first(JdbcApiTokenRepository::toToken));
    }

    @Override
    public List<ApiToken> active() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM api_tokens WHERE revoked_at IS NULL ORDER BY id DESC")
                .list(JdbcApiTokenRepository::toToken));
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return jdbc.fromTransaction(tx -> tx.sql("UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", at).bind("id", id).execute() == 1);
    }

    private static ApiToken toToken(SqlStatement.Row r) throws SQLException {
        return new ApiToken(r.longValue("id"), r.string("name"), r.string("last_four"), r.instant("created_at"), r.string("created_by"));
    }
}
