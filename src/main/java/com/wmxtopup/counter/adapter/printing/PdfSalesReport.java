package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.port.ReportFiles;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.domain.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/// A sales report's summary as an A4 PDF in Indonesian (what the owner prints or sends): the
/// period and the one before, the money, the order counts, and the biggest games, items,
/// cashiers and payment methods, each beside the previous period. Standard Helvetica, nothing
/// embedded, text made printable as on receipts ([PrintableText]).
public final class PdfSalesReport implements ReportFiles {

    /// Rows per breakdown; the rest are summed into one "lainnya" line.
    static final int TOP = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    // Tenths of a point (no float fields outside the UI).
    private static final int MARGIN = 500;
    private static final int LEADING = 150;
    private static final int[] COLUMNS = {0, 2300, 2900, 3800, 4600, 5300}; // label, orders, revenue, profit, previous, change

    @Override
    public void write(SalesReport report, String shopName, Path file) throws IOException {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument(); var writer = new Writer(document, regular, bold)) {
            writer.line(bold, 160, PrintableText.of(shopName) + " - Laporan penjualan");
            writer.line(regular, 100, "Periode " + period(report.current()) + " (" + report.zone().label() + "), dibandingkan dengan "
                    + period(report.previous()));
            writer.gap();
            Totals now = report.now().sold();
            Totals before = report.before().sold();
            writer.row(bold, "", "Pesanan", "Omzet", "Laba", "Sebelumnya", "Perubahan");
            writer.row(regular, "Terjual (berhasil)", now, before);
            writer.line(regular, 100, "Modal " + rupiah(now.cost()) + " (sebelumnya " + rupiah(before.cost()) + "); margin "
                    + percent(now.marginBasisPoints()) + " (sebelumnya " + percent(before.marginBasisPoints()) + ")");
            writer.line(regular, 100, "Gagal " + report.now().failed() + ", dikembalikan " + report.now().refunded() + ", belum selesai "
                    + report.now().unfinished() + " (sebelumnya " + report.before().failed() + ", " + report.before().refunded() + ", "
                    + report.before().unfinished() + ")");
            section(writer, "Per game", report.games());
            section(writer, "Per item", report.items());
            section(writer, "Per kasir", report.sellers().stream()
                    .map(l -> l.key().isEmpty() ? new SalesReport.Line(l.key(), "(tanpa nama kasir)", l.now(), l.before()) : l).toList());
            section(writer, "Per pembayaran", report.paymentMethods().stream()
                    .map(l -> new SalesReport.Line(l.key(), l.key().equals("CASH") ? "Tunai" : l.label(), l.now(), l.before())).toList());
            var info = new PDDocumentInformation();
            info.setTitle("Laporan penjualan " + period(report.current()));
            info.setCreator("WMX Topup Counter");
            document.setDocumentInformation(info);
            writer.close();
            document.save(file.toFile());
        }
    }

    private static void section(Writer writer, String title, List<SalesReport.Line> lines) throws IOException {
        writer.gap();
        writer.row(writer.bold, title, "Pesanan", "Omzet", "Laba", "Sebelumnya", "Perubahan");
        for (int i = 0; i < Math.min(TOP, lines.size()); i++) {
            writer.row(writer.regular, lines.get(i).label(), lines.get(i).now(), lines.get(i).before());
        }
        if (lines.size() > TOP) {
            Totals now = Totals.ZERO;
            Totals before = Totals.ZERO;
            for (SalesReport.Line line : lines.subList(TOP, lines.size())) {
                now = new Totals(now.orders() + line.now().orders(), now.revenue() + line.now().revenue(), now.cost() + line.now().cost());
                before = new Totals(before.orders() + line.before().orders(), before.revenue() + line.before().revenue(),
                        before.cost() + line.before().cost());
            }
            writer.row(writer.regular, (lines.size() - TOP) + " lainnya", now, before);
        }
    }

    private static String period(com.wmxtopup.counter.application.report.ReportPeriod period) {
        return period.first().equals(period.last())
                ? DAY.format(period.first())
                : DAY.format(period.first()) + " s.d. " + DAY.format(period.last());
    }

    static String rupiah(long value) {
        return (value < 0 ? "-" : "") + ReceiptRupiah.format(Money.rupiah(Math.abs(value)));
    }

    static String percent(OptionalLong basisPoints) {
        if (basisPoints.isEmpty()) {
            return "-";
        }
        long bp = basisPoints.getAsLong();
        return String.format(Locale.ROOT, "%s%d,%02d%%", bp < 0 ? "-" : "", Math.abs(bp) / 100, Math.abs(bp) % 100);
    }

    /// Lays lines top to bottom, starting a new page when one is full.
    private static final class Writer implements AutoCloseable {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream content;
        private int top;

        Writer(PDDocument document, PDFont regular, PDFont bold) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
        }

        void line(PDFont font, int size, String text) throws IOException {
            room();
            show(font, size, MARGIN, PrintableText.of(text));
        }

        void gap() {
            top -= LEADING / 2;
        }

        void row(PDFont font, String label, Totals now, Totals before) throws IOException {
            row(font, label, Long.toString(now.orders()), rupiah(now.revenue()), rupiah(now.profit()), rupiah(before.revenue()),
                    percent(Totals.changeBasisPoints(now.revenue(), before.revenue())));
        }

        void row(PDFont font, String... cells) throws IOException {
            room();
            for (int i = 0; i < cells.length; i++) {
                String text = PrintableText.of(cells[i]);
                show(font, 95, MARGIN + COLUMNS[i], i == 0 && text.length() > 38 ? text.substring(0, 37) + "..." : text);
            }
        }

        private void room() throws IOException {
            if (content == null || top < MARGIN + LEADING) {
                if (content != null) {
                    content.close();
                }
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                content = new PDPageContentStream(document, page);
                top = (int) (PDRectangle.A4.getHeight() * 10) - MARGIN;
            }
            top -= LEADING;
        }

        private void show(PDFont font, int size, int x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size / 10f);
            content.newLineAtOffset(x / 10f, top / 10f);
            content.showText(text);
            content.endText();
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
