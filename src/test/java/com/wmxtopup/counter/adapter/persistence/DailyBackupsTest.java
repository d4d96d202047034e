package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/// The automatic daily backup: one per shop day, the newest N kept, each restorable.
class DailyBackupsTest {

    static DatabaseSettings store(Path folder) {
        Path file = folder.resolve("db").resolve("wmx-topup");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, file + ".mv.db");
    }

    @Test
    void oneBackupPerShopDayAndOnlyTheNewestAreKept() throws Exception {
        Path data = TestApp.newDataDirectory("daily-backups");
        Path folder = data.resolve("backups");
        // 23:30 WIB on 24 November.
        var clock = new MutableClock(java.time.Instant.parse("2026-11-24T16:30:00Z"));
        try (var database = Database.open(store(data))) {
            new JdbcOrderRepository(database.jdbc()).insert(OrderFixtures.newOrder("WMX-20261124-DAILYAAAAA"), "");
            var backups = new DailyBackups(database, folder, "wmx-topup", 3, clock, ZoneId.of("Asia/Jakarta"));

            assertThat(backups.runIfDue()).contains(folder.resolve("wmx-topup-2026-11-24.zip"));
            assertThat(backups.runIfDue()).isEmpty(); // the same day: nothing more
            clock.advance(Duration.ofMinutes(45)); // 00:15 WIB: the next shop day
            assertThat(backups.runIfDue()).contains(folder.resolve("wmx-topup-2026-11-25.zip"));
            for (int day = 0; day < 5; day++) {
                clock.advance(Duration.ofDays(1));
                backups.runIfDue();
            }
            assertThat(backups.backups()).extracting(p -> p.getFileName().toString())
                    .containsExactly("wmx-topup-2026-11-28.zip", "wmx-topup-2026-11-29.zip", "wmx-topup-2026-11-30.zip");
        }

        Path elsewhere = TestApp.newDataDirectory("daily-restored");
        EmbeddedStore.of(store(elsewhere)).restoreFrom(folder.resolve("wmx-topup-2026-11-30.zip"));
        try (var database = Database.open(store(elsewhere))) {
            assertThat(new JdbcOrderRepository(database.jdbc()).findByNumber(new OrderNumber("WMX-20261124-DAILYAAAAA")))
                    .isPresent();
        }
    }
}
