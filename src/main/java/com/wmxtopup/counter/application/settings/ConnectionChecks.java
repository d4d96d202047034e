package com.wmxtopup.counter.application.settings;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.DatabaseProbe;
import com.wmxtopup.counter.application.port.DatabaseProbe.DatabaseProbeException;
import com.wmxtopup.counter.application.port.GatewayProbe;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.SupplierProbe;
import com.wmxtopup.counter.domain.Permission;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/// The settings screen's **Test** buttons, with the values as typed (not the running ones; an
/// empty secret means the saved one): VIP Reseller's account, a Midtrans server key, a database
/// URL. Each answer is an outcome the screen turns into one sentence. Blocking: call it off the
/// FX thread; each probe has [#TIMEOUT].
public final class ConnectionChecks {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SettingsEditor settings;
    private final SupplierProbe supplier;
    private final GatewayProbe gateway;
    private final DatabaseProbe database;
    private final SecureRandom random = new SecureRandom();

    public ConnectionChecks(SettingsEditor settings, SupplierProbe supplier, GatewayProbe gateway, DatabaseProbe database) {
        this.settings = settings;
        this.supplier = supplier;
        this.gateway = gateway;
        this.database = database;
    }

    public sealed interface SupplierCheck {
        record Connected(String accountName, String level, long balanceRupiah) implements SupplierCheck {
        }

        record WrongKey(String supplierMessage) implements SupplierCheck {
        }

        /// VIP Reseller refused this PC's address: whitelist `ip` in its "Whitelist IP" field.
        record IpNotWhitelisted(String ip) implements SupplierCheck {
        }

        record NoAnswer() implements SupplierCheck {
        }

        record Refused(String supplierMessage) implements SupplierCheck {
        }

        record Incomplete() implements SupplierCheck {
        }
    }

    public sealed interface GatewayCheck {
        record KeyAccepted() implements GatewayCheck {
        }

        record WrongKey() implements GatewayCheck {
        }

        record NoAnswer() implements GatewayCheck {
        }

        record Failed(String gatewayMessage) implements GatewayCheck {
        }

        record Incomplete() implements GatewayCheck {
        }
    }

    public sealed interface DatabaseCheck {
        record Connected(String serverVersion) implements DatabaseCheck {
        }

        record Embedded() implements DatabaseCheck {
        }

        record Failed(DatabaseProbeException.Kind reason) implements DatabaseCheck {
        }
    }

    public SupplierCheck supplier(Operator operator, String apiUrl, String apiId, String apiKey) throws IOException {
        operator.require(Permission.CHANGE_SETTINGS);
        String url = orSaved(apiUrl, Setting.VIP_API_URL);
        String id = orSaved(apiId, Setting.VIP_API_ID);
        String key = orSaved(apiKey, Setting.VIP_API_KEY);
        if (url.isEmpty() || id.isEmpty() || key.isEmpty() || SettingRules.url(url).isPresent()) {
            return new SupplierCheck.Incomplete();
        }
        try {
            SupplierAccount account = supplier.account(url, id, key, TIMEOUT);
            return new SupplierCheck.Connected(account.fullName().isBlank() ? account.username() : account.fullName(),
                    account.level().name(), account.balance().rupiah());
        } catch (SupplierException e) {
            return switch (e.kind()) {
                case AUTHENTICATION -> e.ipAddress().isEmpty()
                        ? new SupplierCheck.WrongKey(e.supplierMessage())
                        : new SupplierCheck.IpNotWhitelisted(e.ipAddress());
                case TIMEOUT, UNREACHABLE, SERVER_ERROR, MALFORMED_RESPONSE -> new SupplierCheck.NoAnswer();
                default -> new SupplierCheck.Refused(e.supplierMessage());
            };
        }
    }

    public GatewayCheck gateway(Operator operator, String serverKey, boolean production, String apiUrlOverride) throws IOException {
        operator.require(Permission.CHANGE_SETTINGS);
        String key = orSaved(serverKey, Setting.MIDTRANS_SERVER_KEY);
        String override = apiUrlOverride == null ? "" : apiUrlOverride.strip();
        if (key.isEmpty() || (!override.isEmpty() && SettingRules.url(override).isPresent())) {
            return new GatewayCheck.Incomplete();
        }
        // An order id nobody ever used: asking for its status changes nothing at Midtrans.
        String orderId = "WMX-KEYCHECK-" + HexFormat.of().formatHex(randomBytes());
        try {
            gateway.askUnknownOrder(override.isEmpty() ? Optional.empty() : Optional.of(override), production, key, orderId, TIMEOUT);
            return new GatewayCheck.KeyAccepted();
        } catch (PaymentGatewayException e) {
            return switch (e.kind()) {
                case NOT_FOUND -> new GatewayCheck.KeyAccepted();
                case AUTHENTICATION -> new GatewayCheck.WrongKey();
                case UNREACHABLE, UNKNOWN_OUTCOME, SERVER_ERROR, RATE_LIMITED -> new GatewayCheck.NoAnswer();
                default -> new GatewayCheck.Failed(e.gatewayMessage());
            };
        }
    }

    public DatabaseCheck database(Operator operator, String databaseUrl) throws IOException {
        operator.require(Permission.CHANGE_SETTINGS);
        String url = orSaved(databaseUrl, Setting.DATABASE_URL);
        if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
            return new DatabaseCheck.Embedded();
        }
        if (SettingRules.check(Setting.DATABASE_URL, url).isPresent()) {
            return new DatabaseCheck.Failed(DatabaseProbeException.Kind.NOT_A_DATABASE_URL);
        }
        try {
            return new DatabaseCheck.Connected(database.serverVersion(url, TIMEOUT));
        } catch (DatabaseProbeException e) {
            return new DatabaseCheck.Failed(e.kind());
        }
    }

    private String orSaved(String typed, Setting setting) throws IOException {
        String v = typed == null ? "" : typed.strip();
        return v.isEmpty() ? settings.plainValue(setting) : v;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return bytes;
    }
}
