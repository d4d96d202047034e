package com.wmxtopup.counter.adapter.midtrans;

import com.wmxtopup.counter.application.port.GatewayProbe;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/// The settings screen's Midtrans test: `GET /v2/<unused order id>/status` with the typed server
/// key on a throw-away client. Midtrans answers 404 ("Transaction doesn't exist") to a key it
/// accepts and 401 to one it does not; nothing is created or changed.
public final class MidtransGatewayProbe implements GatewayProbe {

    private static final Duration CONNECT = Duration.ofSeconds(5);

    @Override
    public void askUnknownOrder(Optional<String> apiUrl, boolean production, String serverKey, String orderId, Duration timeout)
            throws PaymentGatewayException {
        URI base = apiUrl.map(URI::create).orElse(production ? MidtransSettings.PRODUCTION : MidtransSettings.SANDBOX);
        MidtransSettings settings;
        try {
            settings = MidtransSettings.of(base, serverKey).withTimeouts(CONNECT.compareTo(timeout) < 0 ? CONNECT : timeout, timeout);
        } catch (IllegalArgumentException e) {
            throw new PaymentGatewayException(PaymentGatewayException.Kind.UNREACHABLE, "not a usable Midtrans URL or key");
        }
        try (var client = new MidtransClient(settings)) {
            client.status(orderId);
        }
    }
}
