package com.wmxtopup.counter.application.receipt;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ReceiptPrinter;
import com.wmxtopup.counter.domain.Order;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// A finished sale's receipt: kept as a PDF in the data folder whenever it is handed over (so it
/// can be reprinted or sent), and printed on the shop's thermal printer when one is configured. Does file and
/// printer I/O: never on the FX thread.
public final class Receipts {

    private final ReceiptPrinter printer;
    private final ShopInfo shop;
    private final Path folder;
    private final Optional<PrinterTarget.SystemPrinter> thermalPrinter;
    private final PaperWidth paper;

    public Receipts(ReceiptPrinter printer, ShopInfo shop, Path folder, Optional<String> printerName, PaperWidth paper) {
        this.printer = printer;
        this.shop = shop;
        this.folder = folder;
        this.paper = paper;
        this.thermalPrinter = printerName.filter(n -> !n.isBlank()).map(n -> new PrinterTarget.SystemPrinter(n, paper));
    }

    /// Writes `<data dir>/receipts/<order number>.pdf` and returns its path.
    public Path save(Order order) throws ReceiptPrintException {
        Path file = folder.resolve(order.orderNumber().value() + ".pdf");
        printer.print(Receipt.of(order, shop), new PrinterTarget.PdfFile(file));
        return file;
    }

    /// The receipt as the thermal printer lays it out on the configured paper (a PDF has the
    /// same fields), for the preview on screen. Pure: no file or printer is touched.
    public List<String> preview(Order order) {
        return printer.text(Receipt.of(order, shop), paper);
    }

    /// Characters per line on the configured paper (what the preview is as wide as).
    public int paperColumns() {
        return paper.charactersPerLine();
    }

    /// Whether `order` has reached a state a receipt can be handed over for.
    public static boolean isFinished(Order order) {
        return switch (order.status()) {
            case SUCCESS, FAILED, REFUNDED -> true;
            default -> false;
        };
    }

    /// What [#saveAndPrint] did: where the PDF is, and whether the thermal printer printed it.
    public record Handed(Path file, boolean printed) {
    }

    /// Saves the PDF, then prints on the thermal printer when one is configured.
    public Handed saveAndPrint(Order order) throws ReceiptPrintException {
        Path file = save(order);
        return new Handed(file, print(order));
    }

    public boolean hasThermalPrinter() {
        return thermalPrinter.isPresent();
    }

    /// Prints on the configured thermal printer; false when none is configured.
    public boolean print(Order order) throws ReceiptPrintException {
        if (thermalPrinter.isEmpty()) {
            return false;
        }
        printer.print(Receipt.of(order, shop), thermalPrinter.get());
        return true;
    }
}
