package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ReceiptPrinter;
import com.wmxtopup.counter.application.receipt.Receipt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Receipts for thermal printers and files: ESC/POS (escpos-coffee) sent raw through the
/// operating system's print services (`javax.print`, CUPS on Linux), PDF (Apache PDFBox) saved
/// to disk.
///
/// Raw bytes go to the printer as `DocFlavor.BYTE_ARRAY.AUTOSENSE`, so the printer's queue must
/// pass them through unchanged (a "raw" queue, as thermal printer drivers install).
public final class EscPosReceiptPrinter implements ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosReceiptPrinter.class);
    private static final DocFlavor RAW = DocFlavor.BYTE_ARRAY.AUTOSENSE;

    private final Supplier<PrintService[]> printServices;

    /// Prints to the printers the operating system offers at the moment of printing.
    public EscPosReceiptPrinter() {
        this(() -> PrintServiceLookup.lookupPrintServices(RAW, null));
    }

    /// For tests: the printers are whatever `printServices` returns.
    EscPosReceiptPrinter(Supplier<PrintService[]> printServices) {
        this.printServices = Objects.requireNonNull(printServices, "printServices");
    }

    @Override
    public byte[] escPos(Receipt receipt, PaperWidth paper) {
        return EscPosReceipt.render(ReceiptContent.of(receipt), paper);
    }

    @Override
    public List<String> text(Receipt receipt, PaperWidth paper) {
        // Centred lines are centred by the printer; the preview pads them to look the same.
        int width = paper.charactersPerLine();
        return EscPosReceipt.lines(ReceiptContent.of(receipt), width).stream().map(line -> switch (line.style()) {
            case TITLE, CENTRED -> " ".repeat((width - line.text().length()) / 2) + line.text();
            case PLAIN, BOLD -> line.text();
        }).toList();
    }

    @Override
    public byte[] pdf(Receipt receipt) {
        return PdfReceipt.render(ReceiptContent.of(receipt), "Struk " + receipt.orderNumber());
    }

    @Override
    public List<String> printerNames() {
        return Arrays.stream(Objects.requireNonNullElse(printServices.get(), new PrintService[0])).map(PrintService::getName).sorted()
                .toList();
    }

    @Override
    public void print(Receipt receipt, PrinterTarget target) throws ReceiptPrintException {
        switch (target) {
            case PrinterTarget.SystemPrinter printer -> sendToPrinter(receipt, printer);
            case PrinterTarget.PdfFile file -> savePdf(receipt, file.file());
        }
    }

    private void sendToPrinter(Receipt receipt, PrinterTarget.SystemPrinter printer) throws ReceiptPrintException {
        List<PrintService> services = Arrays.asList(Objects.requireNonNullElse(printServices.get(), new PrintService[0]));
        PrintService service = services.stream()
                .filter(s -> s.getName().equalsIgnoreCase(printer.name().strip()))
                .findFirst()
                .orElseThrow(() -> new ReceiptPrintException(ReceiptPrintException.Kind.PRINTER_NOT_FOUND,
                        "no printer named '" + printer.name() + "'", printer.name(),
                        services.stream().map(PrintService::getName).toList(), null));
        byte[] bytes = escPos(receipt, printer.paper());
        var attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName("Struk " + receipt.orderNumber(), null));
        try {
            service.createPrintJob().print(new SimpleDoc(bytes, RAW, null), attributes);
            log.info("Receipt {} sent to printer '{}' ({} bytes)", receipt.orderNumber(), service.getName(), bytes.length);
        } catch (PrintException e) {
            log.warn("Printer '{}' refused receipt {}", service.getName(), receipt.orderNumber(), e);
            throw new ReceiptPrintException(ReceiptPrintException.Kind.PRINTER_FAILED,
                    "printer '" + service.getName() + "' refused the receipt: " + e.getMessage(), printer.name(), List.of(), e);
        }
    }

    private void savePdf(Receipt receipt, Path file) throws ReceiptPrintException {
        byte[] pdf = pdf(receipt);
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            // Written beside the target, then moved over it: a crash never leaves half a PDF under the real name.
            temporary = Files.createTempFile(target.getParent(), ".receipt-", ".pdf.tmp");
            Files.write(temporary, pdf);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Receipt {} saved as {}", receipt.orderNumber(), target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            log.warn("Could not save receipt {} as {}", receipt.orderNumber(), target, e);
            throw new ReceiptPrintException(ReceiptPrintException.Kind.FILE_NOT_WRITTEN,
                    "could not save the receipt as " + target + ": " + e.getMessage(), target.toString(), List.of(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed and is reported; a stray temporary file is the lesser problem.
        }
    }
}
