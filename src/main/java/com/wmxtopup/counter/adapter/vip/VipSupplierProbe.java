package com.wmxtopup.counter.adapter.vip;

import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.SupplierProbe;
import java.time.Clock;
import java.time.Duration;

/// The settings screen's VIP Reseller test: a throw-away client with the typed credentials asks
/// for the profile (changes nothing at VIP Reseller) and is closed again.
public final class VipSupplierProbe implements SupplierProbe {

    private static final Duration CONNECT = Duration.ofSeconds(5);

    private final Clock clock;

    public VipSupplierProbe(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SupplierAccount account(String apiUrl, String apiId, String apiKey, Duration timeout) throws SupplierException {
        VipResellerSettings settings;
        try {
            Duration connect = CONNECT.compareTo(timeout) < 0 ? CONNECT : timeout;
            settings = new VipResellerSettings(apiUrl, apiId, apiKey, connect, timeout, timeout);
        } catch (IllegalArgumentException e) {
            throw new SupplierException(SupplierException.Kind.UNREACHABLE, "not a usable VIP Reseller URL or credentials");
        }
        try (var client = new VipResellerClient(settings, clock)) {
            return client.account();
        } catch (IllegalArgumentException e) {
            throw new SupplierException(SupplierException.Kind.UNREACHABLE, "not a usable VIP Reseller URL");
        }
    }
}
