package com.wmxtopup.counter.adapter.export;

import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.application.port.AuditTable;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVPrinter;

/// Audit lines as CSV ([SafeCsv]: Excel-ready and formula-safe), times in the shop's zone.
public final class CsvAuditTable implements AuditTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public Rows create(Path file, ShopZone zone) throws IOException {
        CSVPrinter printer = SafeCsv.open(file, "time", "who", "action", "subject", "detail");
        return new Rows() {
            @Override
            public void add(AuditEntry e) throws IOException {
                printer.printRecord(TIME.format(zone.at(e.at())), SafeCsv.text(e.who()), e.action().name(), SafeCsv.text(e.subject()),
                        SafeCsv.text(e.detail()));
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }
}
