package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
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

/// Where receipts and shift reports go: raw ESC/POS bytes to a printer of the operating system
/// (`javax.print`, CUPS on Linux), or a PDF written to disk without ever leaving half a file.
///
/// Raw bytes go to the printer as `DocFlavor.BYTE_ARRAY.AUTOSENSE`, so the printer's queue must
/// pass them through unchanged (a "raw" queue, as thermal printer drivers install).
final class PrintJobs {

    private static final Logger log = LoggerFactory.getLogger(PrintJobs.class);
    static final DocFlavor RAW = DocFlavor.BYTE_ARRAY.AUTOSENSE;

    private final Supplier<PrintService[]> printServices;

    /// The printers the operating system offers at the moment of printing.
    PrintJobs() {
        this(() -> PrintServiceLookup.lookupPrintServices(RAW, null));
    }

    PrintJobs(Supplier<PrintService[]> printServices) {
        this.printServices = Objects.requireNonNull(printServices, "printServices");
    }

    List<String> printerNames() {
        return services().stream().map(PrintService::getName).sorted().toList();
    }

    /// Sends `bytes` to the printer `printer` names, as a job called `jobName`.
    void send(PrinterTarget.SystemPrinter printer, byte[] bytes, String jobName) throws ReceiptPrintException {
        List<PrintService> services = services();
        PrintService service = services.stream()
                .filter(s -> s.getName().equalsIgnoreCase(printer.name().strip()))
                .findFirst()
                .orElseThrow(() -> new ReceiptPrintException(ReceiptPrintException.Kind.PRINTER_NOT_FOUND,
                        "no printer named '" + printer.name() + "'", printer.name(), services.stream().map(PrintService::getName).toList(),
                        null));
        var attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        try {
            service.createPrintJob().print(new SimpleDoc(bytes, RAW, null), attributes);
            log.info("{} sent to printer '{}' ({} bytes)", jobName, service.getName(), bytes.length);
        } catch (PrintException e) {
            log.warn("Printer '{}' refused {}", service.getName(), jobName, e);
            throw new ReceiptPrintException(ReceiptPrintException.Kind.PRINTER_FAILED,
                    "printer '" + service.getName() + "' refused " + jobName + ": " + e.getMessage(), printer.name(), List.of(), e);
        }
    }

    /// Writes `pdf` as `file`: beside it first, then moved over it, so a crash never leaves half
    /// a PDF under the real name.
    void save(byte[] pdf, Path file, String what) throws ReceiptPrintException {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".print-", ".pdf.tmp");
            Files.write(temporary, pdf);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("{} saved as {}", what, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            log.warn("Could not save {} as {}", what, target, e);
            throw new ReceiptPrintException(ReceiptPrintException.Kind.FILE_NOT_WRITTEN,
                    "could not save " + what + " as " + target + ": " + e.getMessage(), target.toString(), List.of(), e);
        }
    }

    private List<PrintService> services() {
        return Arrays.asList(Objects.requireNonNullElse(printServices.get(), new PrintService[0]));
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
