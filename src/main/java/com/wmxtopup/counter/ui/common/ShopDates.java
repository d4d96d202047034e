package com.wmxtopup.counter.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/// Days as the shop writes them, `27/11/2026` (day first, as in Indonesia), in every language and
/// whatever the computer's locale: a DatePicker otherwise shows and reads the JVM's default
/// format, `11/27/2026` on a US-set Windows, and a typed "03/04" would be the wrong day.
public final class ShopDates {

    /// How a day is shown.
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /// How a moment is shown (in the shop's zone, by the caller), to the minute and to the second.
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    public static final DateTimeFormatter DAY_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    // What is read back: the shown form, and the same with one digit or with dashes or dots, as
    // people type it ("3/4/2026", "03-04-2026", "03.04.2026"). Day first in every one of them.
    private static final List<DateTimeFormatter> TYPED = List.of(DAY,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /// Shows and reads `dd/MM/yyyy`; an empty text is no day. A text that is no day throws
    /// [DateTimeParseException], which the DatePicker answers by keeping the day it had.
    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : DAY.format(day);
        }

        @Override
        public LocalDate fromString(String text) {
            return parse(text);
        }
    };

    private ShopDates() {
    }

    /// The day `text` names (see [#CONVERTER]), or null for an empty text.
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        DateTimeParseException first = null;
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(trimmed, format);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /// Makes the pickers show and read the shop's format.
    public static void use(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(CONVERTER);
        }
    }
}
