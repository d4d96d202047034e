package com.wmxtopup.counter.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/// Reading request bodies: JSON objects only, fields as trimmed strings.
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /// The body as a JSON object, or empty when it is not one.
    static Optional<ObjectNode> object(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /// A text field; numbers are accepted as their text (`"userId": 123`), anything else is empty.
    static String text(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isTextual() || value.isNumber() ? value.asText().strip() : "";
    }
}
