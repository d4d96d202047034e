package com.wmxtopup.counter.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcPaymentNotificationLog;
import com.wmxtopup.counter.application.order.ExportOrders;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.CatalogFixture;
import com.wmxtopup.counter.support.TestApp;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The back office's CSV export on H2: every matching order across pages, Excel-ready (BOM,
/// header), times in the shop's zone, and text that a spreadsheet cannot run as a formula.
class OrderExportTest {

    private CatalogFixture fixture;
    private JdbcOrderRepository orders;
    private ExportOrders export;
    private Path directory;
    private final com.wmxtopup.counter.support.InMemoryAuditLog auditLog = new com.wmxtopup.counter.support.InMemoryAuditLog();

    @BeforeEach
    void open() {
        fixture = new CatalogFixture();
        orders = new JdbcOrderRepository(fixture.database.jdbc());
        var list = new OrderList(orders, new JdbcPaymentNotificationLog(fixture.database.jdbc()),
                Clock.fixed(OrderFixtures.T0.plusSeconds(86_400), ZoneOffset.UTC), ShopZone.WITA);
        export = new ExportOrders(list, new CsvOrderTable(), ShopZone.WITA, new com.wmxtopup.counter.application.audit.Audit(auditLog,
                Clock.systemUTC()));
        directory = TestApp.newDataDirectory("export");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void store(int i, String nickname) {
        orders.insert(Order.create(new OrderNumber("EXP-" + i), OrderFixtures.mobileLegends86(), new TopUpTarget("13621" + i, "2685"),
                nickname, Money.rupiah(22_000), Money.rupiah(20_500), PaymentMethod.CASH, OrderFixtures.T0.plusSeconds(i)), "test");
    }

    @Test
    void everyPageIsWrittenWithABomAndFormulasStayText() throws Exception {
        for (int i = 0; i < 2_345; i++) {
            store(i, i == 7 ? "=HYPERLINK(\"http://evil\",\"x\")" : i == 8 ? "-2+3" : "Pemain " + i);
        }
        Path file = directory.resolve("orders.csv");
        List<long[]> progress = new ArrayList<>();

        var result = export.export(com.wmxtopup.counter.support.TestOperators.ADMIN, OrderList.Filter.everything(), file,
                new ProgressListener() {
                    @Override
                    public void progress(Phase phase, long done, long total) {
                        progress.add(new long[] {done, total});
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });

        assertThat(result).isEqualTo(new ExportOrders.Result.Written(2_345, file));
        assertThat(progress).extracting(p -> p[0]).containsExactly(1_000L, 2_000L, 2_345L);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).hasSize(2_345);
        CSVRecord newest = rows.getFirst();
        assertThat(newest.get("order_number")).isEqualTo("EXP-2344");
        // T0 is 03:00 UTC; the shop is in WITA (UTC+8).
        assertThat(newest.get("created")).isEqualTo("2026-11-24 11:39:04");
        assertThat(newest.get("amount")).isEqualTo("22000");
        assertThat(newest.get("profit")).isEqualTo("1500");
        assertThat(rows).filteredOn(r -> r.get("order_number").equals("EXP-7")).singleElement()
                .satisfies(r -> assertThat(r.get("nickname")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")"));
        assertThat(rows).filteredOn(r -> r.get("order_number").equals("EXP-8")).singleElement()
                .satisfies(r -> assertThat(r.get("nickname")).isEqualTo("'-2+3"));
        assertThat(Files.list(directory)).containsExactly(file);
        assertThat(auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.ORDERS_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("orders.csv"));
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        for (int i = 0; i < 1_500; i++) {
            store(i, "p");
        }
        Path file = directory.resolve("orders.csv");

        var result = export.export(com.wmxtopup.counter.support.TestOperators.ADMIN, OrderList.Filter.everything(), file,
                new ProgressListener() {
                    @Override
                    public void progress(Phase phase, long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                });

        assertThat(result).isEqualTo(new ExportOrders.Result.Cancelled());
        assertThat(Files.list(directory)).isEmpty();
    }
}
