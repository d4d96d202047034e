package com.wmxtopup.counter.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/// Test-side QRIS checks, written independently of the simulator's payload builder: EMVCo TLV
/// parsing, the CRC-16/CCITT-FALSE of tag 63, and a real QR round trip through ZXing.
public final class Qris {

    private Qris() {
    }

    /// Top-level tags in order; throws when a length does not fit.
    public static Map<String, String> tags(String payload) {
        var tags = new LinkedHashMap<String, String>();
        int i = 0;
        while (i < payload.length()) {
            if (i + 4 > payload.length()) {
                throw new IllegalArgumentException("truncated TLV at " + i);
            }
            String tag = payload.substring(i, i + 2);
            int length = Integer.parseInt(payload.substring(i + 2, i + 4));
            if (i + 4 + length > payload.length()) {
                throw new IllegalArgumentException("tag " + tag + " is longer than the payload");
            }
            tags.put(tag, payload.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return tags;
    }

    /// Whether tag 63 (the last 4 characters) is the CRC of everything before them.
    public static boolean crcIsValid(String payload) {
        if (payload.length() < 8 || !payload.substring(payload.length() - 8, payload.length() - 4).equals("6304")) {
            return false;
        }
        String expected = payload.substring(payload.length() - 4);
        return crc(payload.substring(0, payload.length() - 4)).equals(expected);
    }

    /// CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, MSB first, no final XOR.
    public static String crc(String text) {
        int register = 0xFFFF;
        for (byte value : text.getBytes(StandardCharsets.US_ASCII)) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean inputBit = ((value >> bit) & 1) == 1;
                boolean topBit = (register & 0x8000) != 0;
                register = (register << 1) & 0xFFFF;
                if (inputBit ^ topBit) {
                    register ^= 0x1021;
                }
            }
        }
        return String.format("%04X", register);
    }

    /// Draws `text` as a QR code (as a POS screen would) and reads it back from the pixels.
    public static String roundTrip(String text) {
        try {
            var hints = Map.<EncodeHintType, Object>of(EncodeHintType.MARGIN, 4);
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400, hints);
            return decode(MatrixToImageWriter.toBufferedImage(matrix));
        } catch (WriterException e) {
            throw new AssertionError("could not encode the QR", e);
        }
    }

    /// Reads a QR code from PNG bytes.
    public static String decodePng(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not an image");
            }
            return decode(image);
        } catch (IOException e) {
            throw new AssertionError("could not read the PNG", e);
        }
    }

    private static String decode(BufferedImage image) {
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("could not decode the QR", e);
        }
    }
}
