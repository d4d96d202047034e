package com.wmxtopup.counter.adapter.printing;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Block;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Centred;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Field;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Rule;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Text;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Title;
import com.wmxtopup.counter.application.port.PaperWidth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/// Lays a receipt out in monospaced lines of the paper's width and writes them as ESC/POS with
/// escpos-coffee: initialise, styled lines, feed past the cutter, partial cut.
final class EscPosReceipt {

    enum LineStyle {
        TITLE,
        CENTRED,
        PLAIN,
        BOLD
    }

    record Line(String text, LineStyle style) {
    }

    // The cutter sits a few lines above the print head: without this feed the cut goes through the footer.
    private static final int FEED_BEFORE_CUT = 4;

    private EscPosReceipt() {
    }

    static byte[] render(List<Block> blocks, PaperWidth paper) {
        var bytes = new ByteArrayOutputStream();
        try (var escPos = new EscPos(bytes)) {
            escPos.initializePrinter();
            for (Line line : lines(blocks, paper.charactersPerLine())) {
                escPos.writeLF(styleOf(line.style()), line.text());
            }
            escPos.feed(FEED_BEFORE_CUT);
            escPos.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            // Only a ByteArrayOutputStream is written: an IOException here is a bug, not a device problem.
            throw new UncheckedIOException("could not build ESC/POS receipt", e);
        }
        return bytes.toByteArray();
    }

    /// The lines as they look on paper, for a preview in a monospaced font: centred lines are
    /// centred by the printer, so the preview pads them to look the same.
    static List<String> preview(List<Block> blocks, int width) {
        return lines(blocks, width).stream().map(line -> switch (line.style()) {
            case TITLE, CENTRED -> " ".repeat((width - line.text().length()) / 2) + line.text();
            case PLAIN, BOLD -> line.text();
        }).toList();
    }

    /// The printed lines, each at most `width` characters (the title is double height, not double
    /// width, so it keeps the full width).
    static List<Line> lines(List<Block> blocks, int width) {
        var lines = new ArrayList<Line>();
        for (Block block : blocks) {
            switch (block) {
                case Title t -> TextWrap.wrap(t.text(), s -> s.length() <= width).forEach(s -> lines.add(new Line(s, LineStyle.TITLE)));
                case Centred c -> TextWrap.wrap(c.text(), s -> s.length() <= width).forEach(s -> lines.add(new Line(s, LineStyle.CENTRED)));
                case Rule r -> lines.add(new Line("-".repeat(width), LineStyle.PLAIN));
                case Text t -> TextWrap.wrap(t.text(), s -> s.length() <= width)
                        .forEach(s -> lines.add(new Line(s, t.bold() ? LineStyle.BOLD : LineStyle.PLAIN)));
                case Field f -> addField(lines, f, width);
            }
        }
        return lines;
    }

    private static void addField(List<Line> lines, Field field, int width) {
        LineStyle style = field.bold() ? LineStyle.BOLD : LineStyle.PLAIN;
        int gap = width - field.label().length() - field.value().length();
        if (gap >= 1) {
            lines.add(new Line(field.label() + " ".repeat(gap) + field.value(), style));
            return;
        }
        lines.add(new Line(field.label(), style));
        String indent = "  ";
        TextWrap.wrap(field.value(), s -> indent.length() + s.length() <= width).forEach(s -> lines.add(new Line(indent + s, style)));
    }

    private static Style styleOf(LineStyle style) {
        return switch (style) {
            case TITLE -> new Style().setBold(true).setFontSize(Style.FontSize._1, Style.FontSize._2)
                    .setJustification(EscPosConst.Justification.Center);
            case CENTRED -> new Style().setJustification(EscPosConst.Justification.Center);
            case PLAIN -> new Style();
            case BOLD -> new Style().setBold(true);
        };
    }
}
