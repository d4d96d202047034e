package com.wmxtopup.counter.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// The REST API's tokens, each kept only as a hash.
public interface ApiTokenRepository {

    ApiToken add(String name, String tokenHash, String lastFour, Instant at, String createdBy);

    /// The token with this hash, unless revoked.
    Optional<ApiToken> findActive(String tokenHash);

    /// Active ones, newest first.
    List<ApiToken> active();

    /// False when there was no such active token.
    boolean revoke(long id, Instant at);

    record ApiToken(long id, String name, String lastFour, Instant createdAt, String createdBy) {
    }
}
