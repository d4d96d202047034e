package com.wmxtopup.counter.ui.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/// Draws a QRIS payload as a QR code locally (ZXing), with its quiet zone, at a size where every
/// module is a whole number of pixels so it stays sharp for the customer's phone.
public final class QrImages {

    private static final int QUIET_ZONE_MODULES = 4;

    private QrImages() {
    }

    /// The QR as an image about `size` pixels wide.
    public static Image of(String payload, int size) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE_MODULES, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw this QR payload", e);
        }
        int scale = Math.max(1, size / modules.getWidth());
        var image = new WritableImage(modules.getWidth() * scale, modules.getHeight() * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                Color color = modules.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels.setColor(x * scale + dx, y * scale + dy, color);
                    }
                }
            }
        }
        return image;
    }
}
