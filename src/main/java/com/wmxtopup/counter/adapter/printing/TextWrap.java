package com.wmxtopup.counter.adapter.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/// Word wrapping against any measure (characters on a thermal printer, points in a PDF).
final class TextWrap {

    private TextWrap() {
    }

    /// `text` split into lines that each satisfy `fits`, breaking between words and, for a word
    /// longer than a line (serial numbers, order numbers), inside the word. Never empty.
    static List<String> wrap(String text, Predicate<String> fits) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits.test(candidate)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits.test(rest)) {
                int cut = longestFittingPrefix(rest, fits);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestFittingPrefix(String word, Predicate<String> fits) {
        int cut = 1; // at least one character per line, or a too-narrow measure would loop forever
        while (cut < word.length() && fits.test(word.substring(0, cut + 1))) {
            cut++;
        }
        return cut;
    }
}
