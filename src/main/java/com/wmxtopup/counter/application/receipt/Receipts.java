package com.wmxtopup.counter.application.receipt;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ReceiptPrinter;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// A finished sale's receipt: kept as a PDF in the data folder whenever it is handed over (so it
/// can be reprinted or sent), and printed on the shop's thermal printer when one is configured. Does file and
/// printer I/O: never on the FX thread.
public final class Receipts {

    private final ReceiptPrinter printer;
    private volatile ShopInfo shop;
    private final Path folder;
    private volatile Optional<PrinterTarget.SystemPrinter> thermalPrinter;
    private volatile PaperWidth paper;
    private final boolean demo;

    /// Receipts of a live console.
    public Receipts(ReceiptPrinter printer, ShopInfo shop, Path folder, Optional<String> printerName, PaperWidth paper) {
        this(printer, shop, folder, printerName, paper, false);
    }

    /// @param demo whether this console runs in demo mode: every receipt then says so
    public Receipts(ReceiptPrinter printer, ShopInfo shop, Path folder, Optional<String> printerName, PaperWidth paper, boolean demo) {
        this.demo = demo;
        this.printer = printer;
        this.shop = shop;
        this.folder = folder;
        this.paper = paper;
        this.thermalPrinter = printerName.filter(n -> !n.isBlank()).map(n -> new PrinterTarget.SystemPrinter(n, paper));
    }

    /// The shop's name and address for the next receipts (changed on the settings screen).
    public void changeShop(String name, String addressLine) {
        ShopInfo now = shop;
        shop = new ShopInfo(name, addressLine, now.footerLine(), now.zone());
    }

    /// The shop's name as receipts print it now (also on the sales reports' PDF).
    public String shopName() {
        return shop.name();
    }

    /// The thermal printer (empty: PDF only) and paper width for the next receipts.
    public synchronized void changePrinter(Optional<String> printerName, PaperWidth width) {
        paper = width;
        thermalPrinter = printerName.filter(n -> !n.isBlank()).map(n -> new PrinterTarget.SystemPrinter(n, width));
    }

    /// The shop's name, address and zone as the next receipts print them.
    public ShopInfo shop() {
        return shop;
    }

    /// The configured thermal printer with its paper, if any (shift reports print there too).
    public Optional<PrinterTarget.SystemPrinter> thermalPrinter() {
        return thermalPrinter;
    }

    /// Where the receipts' PDFs are (`<data dir>/receipts`).
    public Path folder() {
        return folder;
    }

    /// Writes `<data dir>/receipts/<order number>.pdf` the first time, and returns its path. The
    /// original is never overwritten: a later print is a copy (`SALINAN` on it), kept as
    /// `<order number>-salinan.pdf`.
    public Path save(Order order) throws ReceiptPrintException {
        return save(receiptOf(order));
    }

    private Path save(Receipt receipt) throws ReceiptPrintException {
        Path file = folder.resolve(receipt.orderNumber() + (receipt.copy() ? "-salinan" : "") + ".pdf");
        printer.print(receipt, new PrinterTarget.PdfFile(file));
        return file;
    }

    /// The receipt of `order` with its marks: demo mode, and a copy once the original was handed over.
    private Receipt receiptOf(Order order) {
        boolean handedBefore = Files.exists(folder.resolve(order.orderNumber().value() + ".pdf"));
        return Receipt.of(order, shop).marked(demo, handedBefore);
    }

    /// The receipt as the thermal printer lays it out on the configured paper (a PDF has the
    /// same fields), for the preview on screen. Pure: no file or printer is touched.
    public List<String> preview(Order order) {
        return printer.text(Receipt.of(order, shop).marked(demo, false), paper);
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

    /// Saves the PDF, then prints on the thermal printer when one is configured. The first time
    /// for an order this is the original; every later time a copy marked `SALINAN`.
    public Handed saveAndPrint(Order order) throws ReceiptPrintException {
        Receipt receipt = receiptOf(order);
        Path file = save(receipt);
        return new Handed(file, print(receipt));
    }

    /// The printers the operating system offers now. Blocking (asks the OS): off the FX thread.
    public List<String> printerNames() {
        return printer.printerNames();
    }

    /// A test receipt on `printerName` with `width` (not necessarily the configured printer):
    /// the settings screen's test print. Marked as not a sale.
    public void printTest(String printerName, PaperWidth width) throws ReceiptPrintException {
        Receipt test = new Receipt(shop, "TES-CETAK", "-", "Tes printer (bukan penjualan)", "-", "", Money.ZERO,
                com.wmxtopup.counter.domain.PaymentMethod.CASH, "Tunai", Money.ZERO, Money.ZERO, "Kertas " + width.name(),
                com.wmxtopup.counter.domain.OrderStatus.SUCCESS, "TES", "", true, false);
        printer.print(test, new PrinterTarget.SystemPrinter(printerName, width));
    }

    public boolean hasThermalPrinter() {
        return thermalPrinter.isPresent();
    }

    /// Prints on the configured thermal printer; false when none is configured.
    private boolean print(Receipt receipt) throws ReceiptPrintException {
        if (thermalPrinter.isEmpty()) {
            return false;
        }
        printer.print(receipt, thermalPrinter.get());
        return true;
    }
}
