package com.wmxtopup.counter.application.receipt;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ReceiptPrinter;
import com.wmxtopup.counter.domain.Order;
import java.nio.file.Path;
import java.util.Optional;

/// A finished sale's receipt: always kept as a PDF in the data folder (so it can be reprinted
/// or sent), and printed on the shop's thermal printer when one is configured. Does file and
/// printer I/O: never on the FX thread.
public final class Receipts {

    private final ReceiptPrinter printer;
    private final ShopInfo shop;
    private final Path folder;
    private final Optional<PrinterTarget.SystemPrinter> thermalPrinter;

    public Receipts(ReceiptPrinter printer, ShopInfo shop, Path folder, Optional<String> printerName, PaperWidth paper) {
        this.printer = printer;
        this.shop = shop;
        this.folder = folder;
        this.thermalPrinter = printerName.filter(n -> !n.isBlank()).map(n -> new PrinterTarget.SystemPrinter(n, paper));
    }

    /// Writes `<data dir>/receipts/<order number>.pdf` and returns its path.
    public Path save(Order order) throws ReceiptPrintException {
        Path file = folder.resolve(order.orderNumber().value() + ".pdf");
        printer.print(Receipt.of(order, shop), new PrinterTarget.PdfFile(file));
        return file;
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
