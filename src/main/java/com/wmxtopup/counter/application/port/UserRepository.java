package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.User;
import java.util.List;
import java.util.Optional;

/// The people who sign in, shared by every console on one database.
public interface UserRepository {

    /// Everyone, active first, by name.
    List<User> all();

    Optional<User> find(long id);

    boolean anyActive();

    /// Stores a new user; empty when the name (ignoring case and spaces) is taken.
    Optional<User> add(User user);

    /// Writes `changed` if the stored row still has `changed.version()`; false when someone
    /// else changed it meanwhile.
    boolean update(User changed);
}
