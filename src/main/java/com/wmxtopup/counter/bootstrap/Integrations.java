package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.midtrans.MidtransSettings;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The supplier and the payment gateway this instance talks to: the real VIP Reseller and
/// Midtrans in live mode; in demo mode the built-in simulators on loopback, reached through the
/// very same clients over real HTTP (so demo mode exercises the real code paths).
final class Integrations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Integrations.class);
    private static final Duration DEMO_WAITING = Duration.ofSeconds(1);
    private static final Duration DEMO_PROCESSING = Duration.ofSeconds(2);

    private final VipResellerClient supplier;
    private final MidtransClient gateway;
    private final Optional<VipResellerSimulator> vipSimulator;
    private final Optional<MidtransSimulator> midtransSimulator;

    private Integrations(VipResellerClient supplier, MidtransClient gateway, Optional<VipResellerSimulator> vipSimulator,
            Optional<MidtransSimulator> midtransSimulator) {
        this.supplier = supplier;
        this.gateway = gateway;
        this.vipSimulator = vipSimulator;
        this.midtransSimulator = midtransSimulator;
    }

    static Integrations start(AppConfig config, Clock clock) {
        if (config.mode() == RuntimeMode.LIVE) {
            var supplier = new VipResellerClient(
                    VipResellerSettings.of(config.vipApiUrl().toString(), config.vipApiId(), config.vipApiKey()), clock);
            var gateway = new MidtransClient(MidtransSettings.of(config.midtransApiUrl(), config.midtransServerKey()).withClock(clock));
            return new Integrations(supplier, gateway, Optional.empty(), Optional.empty());
        }
        // Fresh throw-away credentials per start: the simulators live only as long as this process.
        String apiId = "DEMO" + randomHex(4);
        String apiKey = randomHex(32);
        String serverKey = "SB-Mid-server-DEMO-" + randomHex(12);
        // A demo sale should feel quick: the supplier takes 1 s to start and 2 s to finish.
        var vip = new VipResellerSimulator(VipResellerSimulatorSettings.demo(apiId, apiKey).withStatusDelays(DEMO_WAITING, DEMO_PROCESSING),
                clock);
        var midtrans = new MidtransSimulator(MidtransSimulatorSettings.of(serverKey).withClock(clock));
        try {
            vip.start();
            midtrans.start();
        } catch (RuntimeException e) {
            vip.close();
            midtrans.close();
            throw e;
        }
        log.info("Demo mode: VIP Reseller simulator at {}, Midtrans simulator at {}", vip.baseUrl(), midtrans.baseUrl());
        var supplier = new VipResellerClient(VipResellerSettings.of(vip.baseUrl(), apiId, apiKey), clock);
        var gateway = new MidtransClient(MidtransSettings.of(midtrans.baseUrl(), serverKey).withClock(clock));
        return new Integrations(supplier, gateway, Optional.of(vip), Optional.of(midtrans));
    }

    private static String randomHex(int bytes) {
        var buffer = new byte[bytes];
        new SecureRandom().nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    TopUpSupplier supplier() {
        return supplier;
    }

    PaymentGateway gateway() {
        return gateway;
    }

    Optional<VipResellerSimulator> vipSimulator() {
        return vipSimulator;
    }

    Optional<MidtransSimulator> midtransSimulator() {
        return midtransSimulator;
    }

    /// HTTP clients first, then the simulators they talk to.
    @Override
    public void close() {
        supplier.close();
        gateway.close();
        vipSimulator.ifPresent(VipResellerSimulator::close);
        midtransSimulator.ifPresent(MidtransSimulator::close);
    }
}
