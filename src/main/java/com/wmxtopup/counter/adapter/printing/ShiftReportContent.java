package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.adapter.printing.ReceiptContent.Block;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Centred;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Field;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Rule;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Text;
import com.wmxtopup.counter.adapter.printing.ReceiptContent.Title;
import com.wmxtopup.counter.application.port.ShiftFigures;
import com.wmxtopup.counter.application.shift.ShiftReport;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Denomination;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.Shift;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/// What an X or Z report says, in order, as the blocks receipts are laid out from (paper and
/// PDF from one list). Indonesian, as the shop's papers are.
final class ShiftReportContent {

    static final String Z_TITLE = "LAPORAN Z - TUTUP SHIFT";
    static final String X_TITLE = "LAPORAN X - SEMENTARA";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ShiftReportContent() {
    }

    static List<Block> of(ShiftReport report) {
        var blocks = new ArrayList<Block>();
        var header = report.header();
        if (header.demo()) {
            blocks.add(new Centred(ReceiptContent.DEMO_MARK));
        }
        blocks.add(new Title(PrintableText.of(header.shopName())));
        blocks.add(new Centred(report.kind() == ShiftReport.Kind.Z ? Z_TITLE : X_TITLE));
        blocks.add(new Rule());
        blocks.add(field("Shift", "#" + header.shiftId()));
        blocks.add(field("Konsol", Shift.shortConsoleId(header.consoleId())));
        blocks.add(field("Dibuka", at(report, header.openedAt()) + " " + header.openedBy()));
        header.closedAt().ifPresent(closed -> blocks.add(field("Ditutup", at(report, closed) + " " + header.closedBy())));
        blocks.add(field("Dicetak", at(report, header.madeAt())));
        sales(report, blocks);
        cash(report, blocks);
        orders(report, blocks);
        supplier(report, blocks);
        movements(report, blocks);
        if (header.demo()) {
            blocks.add(new Rule());
            blocks.add(new Centred(ReceiptContent.DEMO_MARK));
        }
        return List.copyOf(blocks);
    }

    private static void sales(ShiftReport report, List<Block> blocks) {
        blocks.add(new Rule());
        blocks.add(new Text("PENJUALAN (dibayar)", true));
        long count = 0;
        long value = 0;
        for (var line : report.sales()) {
            blocks.add(field(methodName(line.method()) + " (" + line.count() + ")", rupiah(line.value())));
            count += line.count();
            value += line.value().rupiah();
        }
        blocks.add(new Field("Total (" + count + ")", rupiah(Money.rupiah(value)), true));
    }

    private static void cash(ShiftReport report, List<Block> blocks) {
        var cash = report.cash();
        blocks.add(new Rule());
        blocks.add(new Text("KAS DI LACI", true));
        blocks.add(field("Modal awal", rupiah(cash.openingFloat())));
        blocks.add(field("Penjualan tunai", withSign("+", cash.cashSales())));
        blocks.add(field("Kas masuk", withSign("+", cash.cashIn())));
        blocks.add(field("Pengeluaran", withSign("-", cash.payouts())));
        blocks.add(field("Setor bank", withSign("-", cash.bankDrops())));
        blocks.add(field("Refund tunai", withSign("-", cash.cashRefunds())));
        blocks.add(new Field("Seharusnya", rupiah(cash.expected()), true));
        if (cash.counted().isPresent()) {
            var counted = cash.counted().get();
            blocks.add(field("Dihitung", rupiah(counted.total())));
            long variance = cash.variance().orElse(0L);
            blocks.add(new Field("Selisih", ReceiptRupiah.signed(variance) + (variance < 0 ? " KURANG" : variance > 0 ? " LEBIH" : ""),
                    true));
            for (Denomination denomination : Denomination.values()) {
                int pieces = counted.count(denomination);
                if (pieces > 0) {
                    blocks.add(field("  " + (denomination.isNote() ? "Uang " : "Koin ") + rupiah(denomination.value()) + " x " + pieces,
                            rupiah(denomination.value().times(pieces))));
                }
            }
        } else if (report.kind() == ShiftReport.Kind.Z) {
            blocks.add(new Field("Dihitung", "tidak dihitung", true));
        }
        if (cash.forced()) {
            blocks.add(new Text(PrintableText.of("Ditutup paksa: " + cash.note()), true));
        } else if (!cash.note().isEmpty()) {
            blocks.add(field("Catatan", cash.note()));
        }
    }

    private static void orders(ShiftReport report, List<Block> blocks) {
        var orders = report.orders();
        blocks.add(new Rule());
        blocks.add(new Text("PESANAN", true));
        blocks.add(field("Berhasil", Long.toString(orders.successful())));
        blocks.add(field("Gagal", Long.toString(orders.failed())));
        blocks.add(field("Refund", orders.refunded() + " (" + rupiah(orders.refundedValue()) + ")"));
        blocks.add(field("Belum jelas", Long.toString(orders.unsettledCount())));
        for (ShiftFigures.OpenOrder open : orders.unsettled()) {
            blocks.add(field("  " + open.orderNumber(), open.status().name() + " " + rupiah(open.amount())));
        }
        if (orders.unsettledCount() > orders.unsettled().size()) {
            blocks.add(new Text("  ... dan " + (orders.unsettledCount() - orders.unsettled().size()) + " lagi (lihat Pesanan)", false));
        }
        blocks.add(field("Pendapatan", rupiah(orders.revenue())));
        blocks.add(field("Harga beli", rupiah(orders.cost())));
        blocks.add(new Field("Laba", ReceiptRupiah.signed(orders.profit()), true));
    }

    private static void supplier(ShiftReport report, List<Block> blocks) {
        var supplier = report.supplier();
        var spend = supplier.spend();
        blocks.add(new Rule());
        blocks.add(new Text("SALDO VIP RESELLER", true));
        blocks.add(field("Saat buka", supplier.atOpen().map(ShiftReportContent::rupiah).orElse("tidak terbaca")));
        if (report.kind() == ShiftReport.Kind.Z) {
            blocks.add(field("Saat tutup", supplier.atClose().map(ShiftReportContent::rupiah).orElse("tidak terbaca")));
        }
        blocks.add(field("Berhasil (" + spend.successful() + ")", rupiah(spend.successfulCost())));
        blocks.add(field("Masih diproses (" + spend.inProgress() + ")", rupiah(spend.inProgressCost())));
        if (supplier.difference().isPresent()) {
            long difference = supplier.difference().get();
            blocks.add(new Field("Selisih saldo", ReceiptRupiah.signed(-difference), true));
            blocks.add(new Text(difference == 0
                    ? "Cocok: saldo berubah sebesar modal pesanan."
                    : "Saldo berubah di luar aplikasi ini (deposit, transaksi lain di akun VIP, atau pesanan gagal yang dananya kembali)"
                            + " - periksa mutasi saldo VIP Reseller.",
                    false));
        } else if (report.kind() == ShiftReport.Kind.Z) {
            blocks.add(new Text("Tidak bisa dicocokkan: saldo tidak terbaca saat buka atau tutup.", false));
        }
    }

    private static void movements(ShiftReport report, List<Block> blocks) {
        if (report.movements().isEmpty()) {
            return;
        }
        blocks.add(new Rule());
        blocks.add(new Text("MUTASI KAS", true));
        for (CashMovement movement : report.movements()) {
            String sign = movement.kind().sign() > 0 ? "+" : "-";
            blocks.add(field(TIME.format(movement.at().atZone(report.header().zone().zone())) + " " + movementName(movement.kind()),
                    sign + rupiah(movement.amount())));
            String detail = (movement.orderNumber().isEmpty() ? "" : movement.orderNumber() + " ") + movement.reason() + " ("
                    + movement.by()
                    + ")";
            blocks.add(new Text(PrintableText.of("  " + detail), false));
        }
    }

    static String methodName(PaymentMethod method) {
        return switch (method) {
            case QRIS -> "QRIS";
            case CASH -> "Tunai";
        };
    }

    static String movementName(CashMovement.Kind kind) {
        return switch (kind) {
            case CASH_IN -> "Kas masuk";
            case PAYOUT -> "Pengeluaran";
            case BANK_DROP -> "Setor bank";
            case REFUND -> "Refund tunai";
        };
    }

    private static String at(ShiftReport report, Instant instant) {
        var zone = report.header().zone();
        return DATE_TIME.format(instant.atZone(zone.zone())) + " " + zone.label();
    }

    /// `+Rp 5.000` / `-Rp 5.000`, but a plain `Rp 0` for nothing moved.
    private static String withSign(String sign, Money money) {
        return money.rupiah() == 0 ? rupiah(money) : sign + rupiah(money);
    }

    private static String rupiah(Money money) {
        return ReceiptRupiah.format(money);
    }

    private static Field field(String label, String value) {
        return new Field(PrintableText.of(label), PrintableText.of(value), false);
    }
}
