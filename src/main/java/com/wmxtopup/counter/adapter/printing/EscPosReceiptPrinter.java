package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ReceiptPrinter;
import com.wmxtopup.counter.application.receipt.Receipt;
import java.util.List;
import java.util.function.Supplier;
import javax.print.PrintService;

/// Receipts for thermal printers and files: ESC/POS (escpos-coffee) sent raw through the
/// operating system's print services, PDF (Apache PDFBox) saved to disk (see [PrintJobs]).
public final class EscPosReceiptPrinter implements ReceiptPrinter {

    private final PrintJobs jobs;

    /// Prints to the printers the operating system offers at the moment of printing.
    public EscPosReceiptPrinter() {
        this.jobs = new PrintJobs();
    }

    /// For tests: the printers are whatever `printServices` returns.
    EscPosReceiptPrinter(Supplier<PrintService[]> printServices) {
        this.jobs = new PrintJobs(printServices);
    }

    @Override
    public byte[] escPos(Receipt receipt, PaperWidth paper) {
        return EscPosReceipt.render(ReceiptContent.of(receipt), paper);
    }

    @Override
    public List<String> text(Receipt receipt, PaperWidth paper) {
        return EscPosReceipt.preview(ReceiptContent.of(receipt), paper.charactersPerLine());
    }

    @Override
    public byte[] pdf(Receipt receipt) {
        return PdfReceipt.render(ReceiptContent.of(receipt), "Struk " + receipt.orderNumber());
    }

    @Override
    public List<String> printerNames() {
        return jobs.printerNames();
    }

    @Override
    public void print(Receipt receipt, PrinterTarget target) throws ReceiptPrintException {
        switch (target) {
            case PrinterTarget.SystemPrinter printer ->
                jobs.send(printer, escPos(receipt, printer.paper()), "Struk " + receipt.orderNumber());
            case PrinterTarget.PdfFile file -> jobs.save(pdf(receipt), file.file(), "receipt " + receipt.orderNumber());
        }
    }
}
