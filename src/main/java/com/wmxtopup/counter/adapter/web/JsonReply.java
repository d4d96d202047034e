package com.wmxtopup.counter.adapter.web;

import java.util.LinkedHashMap;
import java.util.Map;

/// A JSON answer: a status, a body that Jackson can write, and extra response headers.
public record JsonReply(int status, Object body, Map<String, String> headers) {

    public JsonReply {
        headers = Map.copyOf(headers);
    }

    public JsonReply(int status, Object body) {
        this(status, body, Map.of());
    }

    public static JsonReply ok(Object body) {
        return new JsonReply(200, body);
    }

    /// The API's error shape: `{"error": "…", "field": "…"}` (field only when given).
    public static JsonReply error(int status, String message, String field) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", message);
        if (field != null && !field.isEmpty()) {
            body.put("field", field);
        }
        return new JsonReply(status, body);
    }

    public static JsonReply error(int status, String message) {
        return error(status, message, null);
    }

    public JsonReply withHeader(String name, String value) {
        var all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new JsonReply(status, body, all);
    }
}
