package com.wmxtopup.counter.application.access;

import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.ApiTokenRepository;
import com.wmxtopup.counter.application.port.ApiTokenRepository.ApiToken;
import com.wmxtopup.counter.domain.Permission;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/// Bearer tokens of the local REST API, one per integration. A token is 32 random bytes, shown
/// once when created; only its SHA-256 is stored (a random token needs no slow hash), so a
/// stolen database opens nothing. The owner creates and revokes them in the settings.
public final class ApiTokens {

    private static final String PREFIX = "wmx_";
    private final ApiTokenRepository tokens;
    private final Optional<String> configuredToken;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /// @param configuredToken `API_TOKEN` from the environment or a config file (servers), which
    ///     keeps working beside the stored ones
    public ApiTokens(ApiTokenRepository tokens, Optional<String> configuredToken, Audit audit, Clock clock) {
        this.tokens = tokens;
        this.configuredToken = configuredToken.filter(t -> !t.isBlank());
        this.audit = audit;
        this.clock = clock;
    }

    /// A new token and the only time its text is shown.
    public record Created(ApiToken token, String secret) {
    }

    public Created create(Operator operator, String name) {
        operator.require(Permission.CHANGE_SETTINGS);
        String cleanName = name == null || name.isBlank() ? "integrasi" : name.strip();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.add(cleanName, sha256(secret), secret.substring(secret.length() - 4), clock.instant(),
                operator.describe());
        audit.record(operator, AuditAction.API_TOKEN_CREATED, cleanName, "…" + token.lastFour());
        return new Created(token, secret);
    }

    public List<ApiToken> list(Operator operator) {
        operator.require(Permission.CHANGE_SETTINGS);
        return tokens.active();
    }

    public boolean revoke(Operator operator, long id) {
        operator.require(Permission.CHANGE_SETTINGS);
        Optional<ApiToken> token = tokens.active().stream().filter(t -> t.id() == id).findFirst();
        boolean revoked = tokens.revoke(id, clock.instant());
        if (revoked) {
            audit.record(operator, AuditAction.API_TOKEN_REVOKED, token.map(ApiToken::name).orElse("#" + id), "");
        }
        return revoked;
    }

    /// Who holds this bearer token, if anyone: a stored token's integration, or the configured one.
    public Optional<Operator> authenticate(String bearer) {
        if (bearer == null || bearer.isBlank()) {
            return Optional.empty();
        }
        if (configuredToken.isPresent() && MessageDigest.isEqual(configuredToken.get().getBytes(StandardCharsets.UTF_8),
                bearer.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Operator.integration("API_TOKEN"));
        }
        if (!bearer.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findActive(sha256(bearer)).map(token -> Operator.integration(token.name()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
