package com.wmxtopup.counter.adapter.midtrans;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/// The top-level scalar fields of a JSON object, each as the exact text it had in the body.
///
/// Signature checks must hash the fields as received: a tree model would turn a numeric
/// `10000.00` into `10000.0` and break (or, worse, fake) the comparison. Nested objects and
/// arrays are skipped. Duplicate keys make the body unreadable, so a forged body cannot carry
/// one `gross_amount` for the signature and another for the amount we act on.
final class RawJsonFields {

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private RawJsonFields() {
    }

    /// Throws [IOException] when the bytes are not one JSON object.
    static Map<String, String> read(byte[] body) throws IOException {
        var fields = new HashMap<String, String>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    fields.put(name, parser.getText());
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IOException("not a single JSON object");
            }
        }
        return fields;
    }
}
