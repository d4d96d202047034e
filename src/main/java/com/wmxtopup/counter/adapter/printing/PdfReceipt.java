package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.adapter.printing.ReceiptContent.Block;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Centred;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Field;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Rule;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Text;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Title;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/// The receipt as a one-page PDF as wide as an 80 mm roll and as long as its content, in the
/// standard Helvetica fonts (nothing embedded), laid out from the same blocks as the paper receipt.
final class PdfReceipt {

    // Measures in tenths of a point: the architecture rule allows no float fields outside the UI.
    private static final int PAGE_WIDTH = 2268; // 80 mm
    private static final int MARGIN = 142; // 5 mm
    private static final int TITLE_SIZE = 130;
    private static final int BODY_SIZE = 85;
    private static final int TITLE_LEADING = 170;
    private static final int BODY_LEADING = 120;
    private static final int RULE_HEIGHT = 70;
    private static final int INDENT = 80;

    /// One laid-out line: how much height it takes and how it draws itself above `bottom`.
    private record Line(int height, Drawing drawing) {
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(PDPageContentStream content, float bottom) throws IOException;
    }

    private PdfReceipt() {
    }

    static byte[] render(List<Block> blocks, String title) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument()) {
            List<Line> lines = layout(blocks, regular, bold);
            int height = 2 * MARGIN + lines.stream().mapToInt(Line::height).sum();
            var page = new PDPage(new PDRectangle(pt(PAGE_WIDTH), pt(height)));
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                int top = height - MARGIN;
                for (Line line : lines) {
                    top -= line.height();
                    line.drawing().draw(content, pt(top));
                }
            }
            var info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("WMX Topup Counter");
            document.setDocumentInformation(info);
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            // Everything is in memory with built-in fonts: an IOException here is a bug, not a device problem.
            throw new UncheckedIOException("could not build PDF receipt", e);
        }
    }

    private static List<Line> layout(List<Block> blocks, PDFont regular, PDFont bold) throws IOException {
        float left = pt(MARGIN);
        float right = pt(PAGE_WIDTH - MARGIN);
        float width = right - left;
        float body = pt(BODY_SIZE);
        float titleSize = pt(TITLE_SIZE);
        var lines = new ArrayList<Line>();
        for (Block block : blocks) {
            switch (block) {
                case Title t -> {
                    for (String s : TextWrap.wrap(t.text(), s -> width(bold, titleSize, s) <= width)) {
                        float x = left + (width - width(bold, titleSize, s)) / 2;
                        lines.add(new Line(TITLE_LEADING, (c, bottom) -> show(c, bold, titleSize, x, bottom, s)));
                    }
                }
                case Centred centred -> {
                    for (String s : TextWrap.wrap(centred.text(), s -> width(regular, body, s) <= width)) {
                        float x = left + (width - width(regular, body, s)) / 2;
                        lines.add(new Line(BODY_LEADING, (c, bottom) -> show(c, regular, body, x, bottom, s)));
                    }
                }
                case Rule r -> lines.add(new Line(RULE_HEIGHT, (c, bottom) -> dashedLine(c, left, right, bottom + pt(RULE_HEIGHT) / 2)));
                case Text t -> {
                    PDFont font = t.bold() ? bold : regular;
                    for (String s : TextWrap.wrap(t.text(), s -> width(font, body, s) <= width)) {
                        lines.add(new Line(BODY_LEADING, (c, bottom) -> show(c, font, body, left, bottom, s)));
                    }
                }
                case Field f -> {
                    PDFont labelFont = f.bold() ? bold : regular;
                    PDFont valueFont = f.bold() ? bold : regular;
                    float valueWidth = width(valueFont, body, f.value());
                    if (width(labelFont, body, f.label()) + pt(INDENT) + valueWidth <= width) {
                        lines.add(new Line(BODY_LEADING, (c, bottom) -> {
                            show(c, labelFont, body, left, bottom, f.label());
                            show(c, valueFont, body, right - valueWidth, bottom, f.value());
                        }));
                    } else {
                        lines.add(new Line(BODY_LEADING, (c, bottom) -> show(c, labelFont, body, left, bottom, f.label())));
                        float indented = left + pt(INDENT);
                        for (String s : TextWrap.wrap(f.value(), s -> width(valueFont, body, s) <= right - indented)) {
                            lines.add(new Line(BODY_LEADING, (c, bottom) -> show(c, valueFont, body, indented, bottom, s)));
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float x, float bottom, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        // The baseline sits about a third of the font size above the line's bottom, leaving room for descenders.
        content.newLineAtOffset(x, bottom + size * 0.35f);
        content.showText(text);
        content.endText();
    }

    private static void dashedLine(PDPageContentStream content, float left, float right, float y) throws IOException {
        content.setLineWidth(0.6f);
        content.setLineDashPattern(new float[] {2f, 1.5f}, 0);
        content.moveTo(left, y);
        content.lineTo(right, y);
        content.stroke();
    }

    private static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
        }
    }

    private static float pt(int tenthsOfPoint) {
        return tenthsOfPoint / 10f;
    }
}
