package com.wmxtopup.counter.adapter.export;

import com.wmxtopup.counter.application.port.OrderTable;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVPrinter;

/// Orders as CSV ([SafeCsv]: Excel-ready and formula-safe), money as plain rupiah numbers, times
/// in the shop's zone.
public final class CsvOrderTable implements OrderTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HEADER = {"order_number", "created", "status", "game", "item", "sku", "player_id", "zone_id",
            "nickname", "payment_method", "amount", "cost", "profit", "supplier_trxid", "midtrans_transaction_id", "whatsapp", "note"};

    @Override
    public Rows create(Path file, ShopZone zone) throws IOException {
        CSVPrinter printer = SafeCsv.open(file, HEADER);
        return new Rows() {
            @Override
            public void add(Order o) throws IOException {
                printer.printRecord(SafeCsv.text(o.orderNumber().value()), TIME.format(zone.at(o.createdAt())), o.status().name(),
                        SafeCsv.text(o.game()), SafeCsv.text(o.productName()), SafeCsv.text(o.sku()), SafeCsv.text(o.target().userId()),
                        SafeCsv.text(o.target().zoneId()),
                        SafeCsv.text(o.nickname()), o.paymentMethod().name(), o.amount().rupiah(), o.cost().rupiah(),
                        o.amount().rupiah() - o.cost().rupiah(), SafeCsv.text(o.supplierTrxId()), SafeCsv.text(o.paymentTransactionId()),
                        SafeCsv.text(o.customerPhone()), SafeCsv.text(o.note()));
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }
}
