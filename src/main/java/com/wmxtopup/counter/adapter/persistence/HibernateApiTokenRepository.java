package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ApiTokenRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

public final class HibernateApiTokenRepository implements ApiTokenRepository {

    private final SessionFactory sessions;

    public HibernateApiTokenRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public ApiToken add(String name, String tokenHash, String lastFour, Instant at, String createdBy) {
        return sessions.fromTransaction(session -> {
            var e = new ApiTokenEntity();
            e.name = Text.cut(name, 60);
            e.tokenHash = tokenHash;
            e.lastFour = lastFour;
            e.createdAt = at;
            e.createdBy = Text.cut(createdBy, 140);
            session.persist(e);
            session.flush();
            return toToken(e);
        });
    }

    @Override
    public Optional<ApiToken> findActive(String tokenHash) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ApiTokenEntity where tokenHash = :hash and revokedAt is null", ApiTokenEntity.class)
                .setParameter("hash", tokenHash)
                .uniqueResultOptional().map(HibernateApiTokenRepository::toToken));
    }

    @Override
    public List<ApiToken> active() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ApiTokenEntity where revokedAt is null order by id desc", ApiTokenEntity.class)
                .getResultList().stream().map(HibernateApiTokenRepository::toToken).toList());
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return sessions.fromTransaction(session -> session
                .createMutationQuery("update ApiTokenEntity set revokedAt = :at where id = :id and revokedAt is null")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate() == 1);
    }

    private static ApiToken toToken(ApiTokenEntity e) {
        return new ApiToken(e.id, e.name, e.lastFour, e.createdAt, e.createdBy);
    }
}
