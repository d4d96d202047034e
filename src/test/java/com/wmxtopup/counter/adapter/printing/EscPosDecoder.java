package com.wmxtopup.counter.adapter.printing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// Reads an ESC/POS byte stream back as a printer would: the commands it met and the printed
/// lines with the style they were printed in. Fails on any byte sequence it does not know, so a
/// stray or malformed command cannot hide in a receipt.
final class EscPosDecoder {

    record PrintedLine(String text, boolean centred, boolean bold, boolean doubleHeight) {
    }

    record Decoded(List<String> commands, List<PrintedLine> lines) {
        List<String> texts() {
            return lines.stream().map(PrintedLine::text).toList();
        }
    }

    private EscPosDecoder() {
    }

    /// Command arguments may be given as numbers or as ASCII digits (`ESC a 49` centres like `ESC a 1`).
    static Decoded decode(byte[] bytes) {
        var commands = new ArrayList<String>();
        var lines = new ArrayList<PrintedLine>();
        var text = new StringBuilder();
        boolean centred = false;
        boolean bold = false;
        int size = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b == 0x1B) {
                int op = bytes[i + 1] & 0xFF;
                switch (op) {
                    case '@' -> {
                        commands.add("ESC @");
                        centred = false;
                        bold = false;
                        size = 0;
                        i += 2;
                    }
                    case '2' -> {
                        commands.add("ESC 2");
                        i += 2;
                    }
                    case 'a' -> {
                        centred = bytes[i + 2] == 1 || bytes[i + 2] == '1';
                        commands.add("ESC a " + bytes[i + 2]);
                        i += 3;
                    }
                    case 'E' -> {
                        bold = (bytes[i + 2] & 1) == 1;
                        commands.add("ESC E " + bytes[i + 2]);
                        i += 3;
                    }
                    case '!', '-', 'M', '3', 't', 'd', 'G' -> {
                        commands.add("ESC " + (char) op + " " + bytes[i + 2]);
                        i += 3;
                    }
                    default -> throw new AssertionError("unknown ESC command 0x%02X at %d".formatted(op, i));
                }
            } else if (b == 0x1D) {
                int op = bytes[i + 1] & 0xFF;
                switch (op) {
                    case '!' -> {
                        size = bytes[i + 2];
                        commands.add("GS ! " + bytes[i + 2]);
                        i += 3;
                    }
                    case 'B' -> {
                        commands.add("GS B " + bytes[i + 2]);
                        i += 3;
                    }
                    case 'V' -> {
                        int mode = bytes[i + 2];
                        commands.add("GS V " + mode);
                        i += (mode == 65 || mode == 66) ? 4 : 3;
                    }
                    default -> throw new AssertionError("unknown GS command 0x%02X at %d".formatted(op, i));
                }
            } else if (b == 0x0A) {
                lines.add(new PrintedLine(text.toString(), centred, bold, (size & 0x0F) == 1));
                text.setLength(0);
                i++;
            } else if (b >= 0x20 && b <= 0x7E) {
                text.append(new String(bytes, i, 1, StandardCharsets.US_ASCII));
                i++;
            } else {
                throw new AssertionError("unprintable byte 0x%02X at %d".formatted(b, i));
            }
        }
        if (!text.isEmpty()) {
            throw new AssertionError("text left without a line feed: " + text);
        }
        return new Decoded(commands, lines);
    }
}
