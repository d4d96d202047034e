package com.wmxtopup.counter.adapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/// Bearer-token check for the local REST API. Without a configured token the API is closed
/// (every call 401), so a console never exposes orders by accident.
public final class ApiAuthentication {

    private static final String PREFIX = "Bearer ";
    private final Optional<byte[]> token;

    public ApiAuthentication(Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /// Wraps `handler` so that it only runs for requests with the right token.
    public Endpoint.Handler require(Endpoint.Handler handler) {
        return request -> {
            if (token.isEmpty()) {
                return unauthorized("the REST API is disabled: set API_TOKEN (api.token) to use it");
            }
            String header = request.header("Authorization").orElse("");
            if (!header.startsWith(PREFIX)) {
                return unauthorized("missing bearer token: send 'Authorization: Bearer <API_TOKEN>'");
            }
            byte[] given = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(given, token.get())) {
                return unauthorized("invalid bearer token");
            }
            return handler.handle(request);
        };
    }

    private static JsonReply unauthorized(String message) {
        return JsonReply.error(401, message).withHeader("WWW-Authenticate", "Bearer realm=\"wmx-topup-counter\"");
    }
}
