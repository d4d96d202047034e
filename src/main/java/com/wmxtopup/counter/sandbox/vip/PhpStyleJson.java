package com.wmxtopup.counter.sandbox.vip;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/// JSON as PHP's `json_encode` writes it: `/` as `\/` and non-ASCII as backslash-u escapes, so clients are
/// tested against the escapes the real server sends (spec §1).
final class PhpStyleJson {

    private final ObjectWriter writer = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build()
            .writer()
            .with(new SlashEscapes());

    byte[] write(Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("simulator answer could not be written as JSON", e);
        }
    }

    private static final class SlashEscapes extends CharacterEscapes {
        private static final SerializedString ESCAPED_SLASH = new SerializedString("\\/");
        private final int[] escapes;

        SlashEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['/'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '/' ? ESCAPED_SLASH : null;
        }
    }
}
