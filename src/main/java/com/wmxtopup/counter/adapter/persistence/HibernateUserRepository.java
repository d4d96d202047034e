package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.UserRepository;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.User;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

public final class HibernateUserRepository implements UserRepository {

    private final SessionFactory sessions;

    public HibernateUserRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<User> all() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from UserEntity order by active desc, nameKey", UserEntity.class)
                .getResultList().stream().map(HibernateUserRepository::toUser).toList());
    }

    @Override
    public Optional<User> find(long id) {
        return sessions
                .fromTransaction(session -> Optional.ofNullable(session.find(UserEntity.class, id)).map(HibernateUserRepository::toUser));
    }

    @Override
    public boolean anyActive() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("select count(*) from UserEntity where active", Long.class)
                .getSingleResult() > 0);
    }

    @Override
    public Optional<User> add(User user) {
        try {
            return Optional.of(sessions.fromTransaction(session -> {
                var e = new UserEntity();
                e.name = Text.cut(user.name(), 60);
                e.nameKey = Text.cut(User.nameKey(user.name()), 60);
                e.role = user.role().name();
                e.pinHash = user.pinHash();
                e.failedPins = user.failedPins();
                e.lockedUntil = user.lockedUntil().orElse(null);
                e.active = user.active();
                e.createdAt = user.createdAt();
                session.persist(e);
                session.flush();
                return toUser(e);
            }));
        } catch (ConstraintViolationException nameTaken) {
            return Optional.empty();
        }
    }

    @Override
    public boolean update(User changed) {
        return sessions.fromTransaction(session -> session.createMutationQuery("""
                update UserEntity set role = :role, pinHash = :pinHash, failedPins = :failed, lockedUntil = :lockedUntil,
                    active = :active, version = version + 1
                where id = :id and version = :version""")
                .setParameter("role", changed.role().name())
                .setParameter("pinHash", changed.pinHash())
                .setParameter("failed", changed.failedPins())
                .setParameter("lockedUntil", changed.lockedUntil().orElse(null))
                .setParameter("active", changed.active())
                .setParameter("id", changed.id())
                .setParameter("version", changed.version())
                .executeUpdate() == 1);
    }

    private static User toUser(UserEntity e) {
        return new User(e.id, e.name, Role.valueOf(e.role), e.pinHash, e.failedPins, Optional.ofNullable(e.lockedUntil), e.active,
                e.createdAt, e.version);
    }
}
