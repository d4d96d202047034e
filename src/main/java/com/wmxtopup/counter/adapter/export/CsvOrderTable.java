package com.wmxtopup.counter.adapter.export;

import com.wmxtopup.counter.application.port.OrderTable;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/// Orders as CSV for Excel and LibreOffice: UTF-8 with a byte-order mark (without it Excel reads
/// UTF-8 as the PC's code page and mangles nicknames), one header row, money as plain rupiah
/// numbers, times in the shop's zone. Formula-safe: a text cell that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe, so a nickname like
/// `=HYPERLINK(…)` stays text (OWASP "CSV injection").
public final class CsvOrderTable implements OrderTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HEADER = {"order_number", "created", "status", "game", "item", "sku", "player_id", "zone_id",
            "nickname", "payment_method", "amount", "cost", "profit", "supplier_trxid", "midtrans_transaction_id", "whatsapp", "note"};

    @Override
    public Rows create(Path file, ShopZone zone) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(HEADER).get().print(writer);
        return new Rows() {
            @Override
            public void add(Order o) throws IOException {
                printer.printRecord(text(o.orderNumber().value()), TIME.format(zone.at(o.createdAt())), o.status().name(),
                        text(o.game()), text(o.productName()), text(o.sku()), text(o.target().userId()), text(o.target().zoneId()),
                        text(o.nickname()), o.paymentMethod().name(), o.amount().rupiah(), o.cost().rupiah(),
                        o.amount().rupiah() - o.cost().rupiah(), text(o.supplierTrxId()), text(o.paymentTransactionId()),
                        text(o.customerPhone()), text(o.note()));
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }

    /// A text cell a spreadsheet will not run as a formula.
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
