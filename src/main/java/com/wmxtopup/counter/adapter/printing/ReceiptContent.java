package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.receipt.Receipt;
import com.wmxtopup.counter.domain.OrderStatus;
import java.util.ArrayList;
import java.util.List;

/// What a receipt says, in order, as blocks both renderers lay out (characters for ESC/POS,
/// font metrics for PDF), so paper and PDF never drift apart. All text is printable ASCII.
final class ReceiptContent {

    sealed interface Block {
    }

    /// The shop's name: centred, bold, tall.
    record Title(String text) implements Block {
    }

    /// A centred line (address, footer), wrapped when long.
    record Centred(String text) implements Block {
    }

    /// A dashed separator across the paper.
    record Rule() implements Block {
    }

    /// Label on the left, value on the right; when both do not fit on one line the value goes
    /// under the label, wrapped.
    record Field(String label, String value, boolean bold) implements Block {
    }

    /// Left-aligned text wrapped at word boundaries (the item sold).
    record Text(String text, boolean bold) implements Block {
    }

    // Fits the 32 characters of 58 mm paper on one line.
    static final String DEMO_MARK = "DEMO - BUKAN TRANSAKSI NYATA";
    static final String COPY_MARK = "*** SALINAN ***";
    static final String NOT_CHECKED = "tidak dicek";

    private ReceiptContent() {
    }

    static List<Block> of(Receipt receipt) {
        var blocks = new ArrayList<Block>();
        if (receipt.demo()) {
            blocks.add(new Centred(DEMO_MARK));
        }
        blocks.add(new Title(PrintableText.of(receipt.shop().name())));
        if (!receipt.shop().addressLine().isEmpty()) {
            blocks.add(new Centred(PrintableText.of(receipt.shop().addressLine())));
        }
        if (receipt.copy()) {
            blocks.add(new Centred(COPY_MARK));
        }
        blocks.add(new Rule());
        blocks.add(field("No. Pesanan", receipt.orderNumber(), false));
        blocks.add(field("Tanggal", receipt.dateTime(), false));
        blocks.add(new Rule());
        blocks.add(new Text(PrintableText.of(receipt.item()), true));
        blocks.add(field("ID Pemain", receipt.playerId(), false));
        // No nickname: nobody checked the ID (the game has none); the paper says so rather than
        // leaving the customer to think the ID was verified.
        blocks.add(field("Nickname", receipt.nickname().isEmpty() ? NOT_CHECKED : receipt.nickname(), false));
        blocks.add(new Rule());
        blocks.add(field("Total", ReceiptRupiah.format(receipt.amount()), true));
        blocks.add(field("Pembayaran", receipt.paymentText(), false));
        if (receipt.isCash()) {
            blocks.add(field("Uang Diterima", ReceiptRupiah.format(receipt.cashReceived()), false));
            blocks.add(field("Kembalian", ReceiptRupiah.format(receipt.change()), false));
        }
        blocks.add(new Rule());
        blocks.add(field("Status", receipt.statusText(), true));
        if (!receipt.note().isEmpty()) {
            // On success the supplier's note is the serial number the customer may need to claim the item.
            blocks.add(field(receipt.status() == OrderStatus.SUCCESS ? "SN" : "Keterangan", receipt.note(), false));
        }
        if (!receipt.supplierReference().isEmpty()) {
            blocks.add(field("Ref. Supplier", receipt.supplierReference(), false));
        }
        if (!receipt.shop().footerLine().isEmpty()) {
            blocks.add(new Rule());
            blocks.add(new Centred(PrintableText.of(receipt.shop().footerLine())));
        }
        if (receipt.demo()) {
            blocks.add(new Centred(DEMO_MARK));
        }
        return List.copyOf(blocks);
    }

    private static Field field(String label, String value, boolean bold) {
        return new Field(label, PrintableText.of(value), bold);
    }
}
