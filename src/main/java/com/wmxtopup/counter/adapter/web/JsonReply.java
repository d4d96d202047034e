package com.wmxtopup.counter.adapter.web;

import java.util.LinkedHashMap;
import java.util.Map;

/// A JSON answer: a status and a body that Jackson can write.
public record JsonReply(int status, Object body) {

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

    static Map<String, Object> bodyAsMap(JsonReply reply) {
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>) reply.body();
        return map;
    }
}
