package com.wmxtopup.counter.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransGatewayProbe;
import com.wmxtopup.counter.adapter.settings.SettingsFile;
import com.wmxtopup.counter.adapter.vip.VipSupplierProbe;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.port.DatabaseProbe.DatabaseProbeException;
import com.wmxtopup.counter.application.port.SettingSources;
import com.wmxtopup.counter.application.settings.ConnectionChecks.DatabaseCheck;
import com.wmxtopup.counter.application.settings.ConnectionChecks.GatewayCheck;
import com.wmxtopup.counter.application.settings.ConnectionChecks.SupplierCheck;
import com.wmxtopup.counter.bootstrap.config.DatabaseUrlProbe;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The settings screen's tests against the simulators over real HTTP, as against the real services.
class ConnectionChecksTest {

    private static final String API_ID = "U6jeTEST";
    private static final String API_KEY = "k".repeat(64);
    private static final String SERVER_KEY = "SB-Mid-server-TESTKEY123";

    @TempDir
    Path dir;

    private final Operator owner = Operator.user(1, "Budi", Role.OWNER);
    private VipResellerSimulator vip;
    private MidtransSimulator midtrans;

    @AfterEach
    void stop() {
        if (vip != null) {
            vip.close();
        }
        if (midtrans != null) {
            midtrans.close();
        }
    }

    private ConnectionChecks checks() {
        SettingSources none = new SettingSources() {
            @Override
            public Optional<Fixed> fixed(String property) {
                return Optional.empty();
            }

            @Override
            public String defaultValue(String property) {
                return "";
            }
        };
        var editor = new SettingsEditor(SettingsFile.in(dir), none, (p, v) -> {
        }, new Audit(new InMemoryAuditLog(), Clock.systemUTC()));
        return new ConnectionChecks(editor, new VipSupplierProbe(Clock.systemUTC()), new MidtransGatewayProbe(), new DatabaseUrlProbe(dir));
    }

    private String startVip(Set<String> whitelist) {
        vip = new VipResellerSimulator(VipResellerSimulatorSettings.demo(API_ID, API_KEY).withWhitelistedIps(whitelist));
        vip.start();
        return vip.baseUrl();
    }

    @Test
    void vipResellerAccountWithTheRightKey() throws Exception {
        String url = startVip(Set.of("127.0.0.1"));
        assertThat(checks().supplier(owner, url, API_ID, API_KEY))
                .isEqualTo(new SupplierCheck.Connected("Toko Simulasi", "BASIC", 500_000));
    }

    @Test
    void vipResellerWrongKey() throws Exception {
        String url = startVip(Set.of("127.0.0.1"));
        assertThat(checks().supplier(owner, url, API_ID, "x".repeat(64))).isInstanceOf(SupplierCheck.WrongKey.class);
    }

    @Test
    void vipResellerNamesTheAddressItDoesNotWhitelist() throws Exception {
        String url = startVip(Set.of("203.0.113.7"));
        assertThat(checks().supplier(owner, url, API_ID, API_KEY)).isEqualTo(new SupplierCheck.IpNotWhitelisted("127.0.0.1"));
    }

    @Test
    void vipResellerNotAnswering() throws Exception {
        String url = startVip(Set.of("127.0.0.1"));
        vip.close();
        vip = null;
        assertThat(checks().supplier(owner, url, API_ID, API_KEY)).isInstanceOf(SupplierCheck.NoAnswer.class);
    }

    @Test
    void midtransAcceptsTheRightKeyAndRefusesAWrongOne() throws Exception {
        midtrans = new MidtransSimulator(MidtransSimulatorSettings.of(SERVER_KEY));
        midtrans.start();
        assertThat(checks().gateway(owner, SERVER_KEY, false, midtrans.baseUrl().toString())).isInstanceOf(GatewayCheck.KeyAccepted.class);
        assertThat(checks().gateway(owner, "SB-Mid-server-WRONG", false, midtrans.baseUrl().toString()))
                .isInstanceOf(GatewayCheck.WrongKey.class);
    }

    @Test
    void aSavedSecretIsUsedWhenTheFieldIsLeftEmpty() throws Exception {
        midtrans = new MidtransSimulator(MidtransSimulatorSettings.of(SERVER_KEY));
        midtrans.start();
        SettingsFile.in(dir).save(Map.of("midtrans.server-key", SERVER_KEY), Set.of("midtrans.server-key"));
        assertThat(checks().gateway(owner, "", false, midtrans.baseUrl().toString())).isInstanceOf(GatewayCheck.KeyAccepted.class);
    }

    @Test
    void databaseUrlsThatCannotWork() throws Exception {
        assertThat(checks().database(owner, "")).isInstanceOf(DatabaseCheck.Embedded.class);
        assertThat(checks().database(owner, "mysql://x/y"))
                .isEqualTo(new DatabaseCheck.Failed(DatabaseProbeException.Kind.NOT_A_DATABASE_URL));
        assertThat(checks().database(owner, "postgresql://u:p@no-such-host.invalid:5432/wmx"))
                .isEqualTo(new DatabaseCheck.Failed(DatabaseProbeException.Kind.UNKNOWN_HOST));
        assertThat(checks().database(owner, "postgresql://u:p@127.0.0.1:1/wmx"))
                .isEqualTo(new DatabaseCheck.Failed(DatabaseProbeException.Kind.NO_ANSWER));
    }

    @Test
    void aRealPostgresqlSaysItsVersionOrThatTheDatabaseIsMissing() throws Exception {
        String uri = com.wmxtopup.counter.support.PostgresServer.newDatabaseUri();
        assertThat(checks().database(owner, uri)).isInstanceOfSatisfying(DatabaseCheck.Connected.class,
                c -> assertThat(c.serverVersion()).startsWith("PostgreSQL "));
        String missing = uri.substring(0, uri.lastIndexOf('/') + 1) + "no_such_db";
        assertThat(checks().database(owner, missing)).isEqualTo(new DatabaseCheck.Failed(DatabaseProbeException.Kind.NO_SUCH_DATABASE));
    }
}
