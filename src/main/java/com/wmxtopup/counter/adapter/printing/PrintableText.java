package com.wmxtopup.counter.adapter.printing;

import java.text.Normalizer;
import java.util.Map;

/// Reduces text to printable ASCII. Thermal printers start in code page 437 and PDF's standard
/// Helvetica has no glyphs beyond Latin-1, while nicknames arrive with accents, small caps,
/// fullwidth letters and emoji: accents and compatibility forms are folded to their plain
/// letters, everything else becomes `?`, so nothing prints as garbage or fails to render.
final class PrintableText {

    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '“', "\""), Map.entry((int) '”', "\""),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '…', "..."), Map.entry((int) '•', "*"),
            Map.entry((int) '×', "x"), Map.entry((int) '€', "EUR"), Map.entry((int) '™', "TM"), Map.entry((int) '©', "(c)"));

    private PrintableText() {
    }

    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        var out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK || c == 0xFE0F || c == 0x200D) {
                return; // accents left over from the decomposition, emoji variation selectors and joiners
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c >= 0x21 && c <= 0x7E) {
                out.append((char) c);
            } else {
                out.append(SPELLED_OUT.getOrDefault(c, "?"));
            }
        });
        return out.toString().strip();
    }
}
