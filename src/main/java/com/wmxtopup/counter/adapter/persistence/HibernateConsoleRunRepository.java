package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ConsoleRunRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.SessionFactory;

public final class HibernateConsoleRunRepository implements ConsoleRunRepository {

    private final SessionFactory sessions;

    public HibernateConsoleRunRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void begin(String runId, String consoleId, String hostName, Instant at) {
        sessions.inTransaction(session -> {
            session.createMutationQuery("update ConsoleRunEntity set stoppedAt = :at where consoleId = :console and stoppedAt is null")
                    .setParameter("at", at)
                    .setParameter("console", consoleId)
                    .executeUpdate();
            session.persist(new ConsoleRunEntity(runId, consoleId, hostName, at));
        });
    }

    @Override
    public void heartbeat(String runId, Instant at) {
        sessions.inTransaction(session -> session
                .createMutationQuery("update ConsoleRunEntity set heartbeatAt = :at where id = :id and stoppedAt is null")
                .setParameter("at", at)
                .setParameter("id", runId)
                .executeUpdate());
    }

    @Override
    public void end(String runId, Instant at) {
        sessions.inTransaction(session -> session
                .createMutationQuery("update ConsoleRunEntity set stoppedAt = :at where id = :id and stoppedAt is null")
                .setParameter("at", at)
                .setParameter("id", runId)
                .executeUpdate());
    }

    @Override
    public Set<String> aliveSince(Instant heartbeatSince) {
        return sessions.fromTransaction(session -> new HashSet<>(session
                .createSelectionQuery("select id from ConsoleRunEntity where stoppedAt is null and heartbeatAt >= :since", String.class)
                .setParameter("since", heartbeatSince)
                .getResultList()));
    }
}
