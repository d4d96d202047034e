package com.wmxtopup.counter.adapter.web;

import java.util.Objects;

/// One route of the embedded server: an exact path and a method.
public record Endpoint(String method, String path, Handler handler) {

    /// Handles a verified, size-checked request. Must reply within milliseconds: work that talks
    /// to other servers belongs on the sync worker.
    @FunctionalInterface
    public interface Handler {
        JsonReply handle(WebRequest request) throws Exception;
    }

    public Endpoint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    public static Endpoint get(String path, Handler handler) {
        return new Endpoint("GET", path, handler);
    }

    public static Endpoint post(String path, Handler handler) {
        return new Endpoint("POST", path, handler);
    }
}
