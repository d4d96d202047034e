package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.port.ReportFiles;
import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.domain.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/// A sales report's summary as an A4 PDF (what the owner prints or sends) in the language asked
/// for, its words from the application's message bundles (`report.pdf.*`): the period and the
/// one before, the money, the order counts, and the biggest games, items, cashiers and payment
/// methods, each beside the previous period. Standard Helvetica, nothing embedded, text made
/// printable as on receipts ([PrintableText]).
public final class PdfSalesReport implements ReportFiles {

    /// Rows per breakdown; the rest are summed into one "lainnya" line.
    static final int TOP = 12;
    private static final String BUNDLE = "i18n.messages";
    /// Days as the shop writes them and the screen shows them (`ui.common.ShopDates`, which an
    /// adapter may not use): `20/11/2026`.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    // Tenths of a point (no float fields outside the UI).
    private static final int MARGIN = 500;
    private static final int LEADING = 150;
    private static final int[] COLUMNS = {0, 2300, 2900, 3800, 4600, 5300}; // label, orders, revenue, profit, previous, change

    @Override
    public void write(SalesReport report, String shopName, Locale language, Path file) throws IOException {
        var words = new Words(language);
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument(); var writer = new Writer(document, regular, bold)) {
            writer.line(bold, 160, words.text("report.pdf.title", PrintableText.of(shopName)));
            writer.line(regular, 100, words.text("report.pdf.period", words.period(report.current()), report.zone().label(),
                    words.period(report.previous())));
            writer.gap();
            Totals now = report.now().sold();
            Totals before = report.before().sold();
            writer.row(bold, words.header(""));
            writer.row(regular, words.text("report.pdf.sold"), now, before, words);
            writer.line(regular, 100, words.text("report.pdf.costMargin", rupiah(now.cost()), rupiah(before.cost()),
                    words.percent(now.marginBasisPoints()), words.percent(before.marginBasisPoints())));
            writer.line(regular, 100, words.text("report.pdf.counts", report.now().failed(), report.now().refunded(),
                    report.now().unfinished(), report.before().failed(), report.before().refunded(), report.before().unfinished()));
            section(writer, words, words.text("report.pdf.games"), report.games());
            section(writer, words, words.text("report.pdf.items"), report.items());
            section(writer, words, words.text("report.pdf.sellers"), report.sellers().stream()
                    .map(l -> l.key().isEmpty() ? new SalesReport.Line(l.key(), words.text("report.noSeller"), l.now(), l.before()) : l)
                    .toList());
            section(writer, words, words.text("report.pdf.payments"), report.paymentMethods().stream()
                    .map(l -> new SalesReport.Line(l.key(), l.key().equals("CASH") ? words.text("report.cash") : l.label(), l.now(),
                            l.before()))
                    .toList());
            var info = new PDDocumentInformation();
            info.setTitle(words.text("report.pdf.documentTitle", words.period(report.current())));
            info.setCreator("WMX Topup Counter");
            document.setDocumentInformation(info);
            writer.close();
            document.save(file.toFile());
        }
    }

    private static void section(Writer writer, Words words, String title, List<SalesReport.Line> lines) throws IOException {
        writer.gap();
        writer.row(writer.bold, words.header(title));
        for (int i = 0; i < Math.min(TOP, lines.size()); i++) {
            writer.row(writer.regular, lines.get(i).label(), lines.get(i).now(), lines.get(i).before(), words);
        }
        if (lines.size() > TOP) {
            Totals now = Totals.ZERO;
            Totals before = Totals.ZERO;
            for (SalesReport.Line line : lines.subList(TOP, lines.size())) {
                now = new Totals(now.orders() + line.now().orders(), now.revenue() + line.now().revenue(), now.cost() + line.now().cost());
                before = new Totals(before.orders() + line.before().orders(), before.revenue() + line.before().revenue(),
                        before.cost() + line.before().cost());
            }
            writer.row(writer.regular, words.text("report.pdf.others", lines.size() - TOP), now, before, words);
        }
    }

    static String rupiah(long value) {
        return (value < 0 ? "-" : "") + ReceiptRupiah.format(Money.rupiah(Math.abs(value)));
    }

    /// The words of one language, from the bundles the screens use (no fallback to the
    /// computer's language: a missing word shows in tests).
    private static final class Words {
        private final Locale language;
        private final ResourceBundle bundle;
        private final char decimal;

        Words(Locale language) {
            this.language = language;
            this.bundle = ResourceBundle.getBundle(BUNDLE, language, PdfSalesReport.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.decimal = DecimalFormatSymbols.getInstance(language).getDecimalSeparator();
        }

        String text(String key, Object... args) {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
        }

        String[] header(String title) {
            return new String[] {title, text("report.pdf.orders"), text("report.pdf.revenue"), text("report.pdf.profit"),
                    text("report.pdf.previous"), text("report.pdf.change")};
        }

        String period(ReportPeriod period) {
            return period.first().equals(period.last())
                    ? DAY.format(period.first())
                    : text("report.pdf.range", DAY.format(period.first()), DAY.format(period.last()));
        }

        /// `104,76%` in Indonesian, `104.76%` in English; basis points, no floating point.
        String percent(OptionalLong basisPoints) {
            if (basisPoints.isEmpty()) {
                return "-";
            }
            long bp = basisPoints.getAsLong();
            return String.format(Locale.ROOT, "%s%d%c%02d%%", bp < 0 ? "-" : "", Math.abs(bp) / 100, decimal, Math.abs(bp) % 100);
        }
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

        void row(PDFont font, String label, Totals now, Totals before, Words words) throws IOException {
            row(font, label, Long.toString(now.orders()), rupiah(now.revenue()), rupiah(now.profit()), rupiah(before.revenue()),
                    words.percent(Totals.changeBasisPoints(now.revenue(), before.revenue())));
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
