package com.wmxtopup.counter.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.report.SalesReportFixtures;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSalesReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportIsExcelReadyAndNoNameRunsAsAFormula() throws Exception {
        Path file = dir.resolve("laporan.csv");
        new CsvSalesReport().write(SalesReportFixtures.friday(), "Toko", java.util.Locale.ENGLISH, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        java.util.List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.read(); // the byte-order mark
            records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        var sold = records.stream().filter(r -> r.get("section").equals("total") && r.get("key").equals("sold")).findFirst().orElseThrow();
        assertThat(sold.get("revenue")).isEqualTo("86000");
        assertThat(sold.get("profit")).isEqualTo("6500");
        assertThat(sold.get("margin_percent")).isEqualTo("7.55");
        assertThat(sold.get("previous_revenue")).isEqualTo("42000");
        assertThat(records.stream().filter(r -> r.get("section").equals("game")).map(r -> r.get("key")))
                .containsExactly("Mobile Legends", "'=HYPERLINK(\"http://x\")");
        assertThat(records.stream().filter(r -> r.get("section").equals("seller")).map(r -> r.get("label"))).containsExactly("'+Budi", "");
        assertThat(records.stream().filter(r -> r.get("section").equals("hour"))).hasSize(24);
        assertThat(records.stream().filter(r -> r.get("section").equals("total") && r.get("key").equals("refunded")).findFirst()
                .orElseThrow().get("orders")).isEqualTo("2");
    }
}
