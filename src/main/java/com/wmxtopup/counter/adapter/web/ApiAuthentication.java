package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.access.Operator;
import java.util.Optional;
import java.util.function.Function;

/// Bearer-token check for the local REST API: a token created in the settings (stored hashed)
/// or `API_TOKEN` from the environment. Without either the API is closed (every call 401), so a
/// console never exposes orders by accident. The token's holder is the [Operator] the use cases
/// check; a use case that refuses it answers 403.
public final class ApiAuthentication {

    private static final String PREFIX = "Bearer ";
    private final Function<String, Optional<Operator>> tokens;

    /// @param tokens who holds a given bearer token (ApiTokens::authenticate)
    public ApiAuthentication(Function<String, Optional<Operator>> tokens) {
        this.tokens = tokens;
    }

    /// A handler that needs to know who calls.
    @FunctionalInterface
    public interface OperatorHandler {
        JsonReply handle(WebRequest request, Operator operator) throws Exception;
    }

    /// Wraps `handler` so that it only runs for requests with a valid token.
    public Endpoint.Handler require(Endpoint.Handler handler) {
        return require((request, operator) -> handler.handle(request));
    }

    /// Wraps `handler` so that it only runs for requests with a valid token, as its holder.
    public Endpoint.Handler require(OperatorHandler handler) {
        return request -> {
            String header = request.header("Authorization").orElse("");
            if (!header.startsWith(PREFIX)) {
                return unauthorized("missing bearer token: send 'Authorization: Bearer <token>' (create a token in Pengaturan → API,"
                        + " or set API_TOKEN)");
            }
            Optional<Operator> operator = tokens.apply(header.substring(PREFIX.length()).strip());
            if (operator.isEmpty()) {
                return unauthorized("invalid or revoked bearer token: create one in Pengaturan → API, or set API_TOKEN");
            }
            try {
                return handler.handle(request, operator.get());
            } catch (NotPermittedException e) {
                return JsonReply.error(403, "this token may not do that (" + e.permission() + ")");
            }
        };
    }

    private static JsonReply unauthorized(String message) {
        return JsonReply.error(401, message).withHeader("WWW-Authenticate", "Bearer realm=\"wmx-topup-counter\"");
    }
}
