package com.wmxtopup.counter.adapter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dir;

    @Test
    void sealedValuesOpenAgainAndNeverShowThePlainText() throws Exception {
        var box = SecretBox.in(dir);
        String sealed = box.seal("vip-key-1234");
        assertThat(sealed).startsWith("enc:v1:").doesNotContain("vip-key-1234");
        assertThat(box.seal("vip-key-1234")).as("a fresh IV every time").isNotEqualTo(sealed);
        assertThat(SecretBox.in(dir).open(sealed)).as("another box on the same key file").isEqualTo("vip-key-1234");
    }

    @Test
    void aChangedValueDoesNotOpen() throws Exception {
        var box = SecretBox.in(dir);
        byte[] bytes = Base64.getDecoder().decode(box.seal("secret").substring(SecretBox.PREFIX.length()));
        bytes[bytes.length - 1] ^= 1;
        String tampered = SecretBox.PREFIX + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(SecretBox.UnreadableSecretException.class);
    }

    @Test
    void anotherOrMissingKeyFileSaysTheSecretCannotBeRead() throws Exception {
        String sealed = SecretBox.in(dir).seal("secret");
        Files.delete(dir.resolve(SecretBox.KEY_FILE));
        assertThatThrownBy(() -> SecretBox.in(dir).open(sealed)).isInstanceOf(SecretBox.UnreadableSecretException.class);
        SecretBox.in(dir).seal("other");
        assertThatThrownBy(() -> SecretBox.in(dir).open(sealed)).isInstanceOf(SecretBox.UnreadableSecretException.class);
    }

    @Test
    void theKeyFileIsTheOwnersAlone() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        SecretBox.in(dir).seal("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SecretBox.KEY_FILE)))).isEqualTo("rw-------");
        assertThat(Files.size(dir.resolve(SecretBox.KEY_FILE))).isEqualTo(32);
    }

    @Test
    void openingNeverCreatesAKeyFile() {
        assertThatThrownBy(() -> SecretBox.in(dir).open("enc:v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class);
        assertThat(dir.resolve(SecretBox.KEY_FILE)).doesNotExist();
    }

    @Test
    void theSettingsFileHoldsSecretsSealedAndIsReplacedWhole() throws Exception {
        var file = SettingsFile.in(dir);
        file.save(Map.of("shop.name", "Toko Budi", "vip.api-key", "plain-vip-key-9876"), Set.of("vip.api-key"));
        String text = Files.readString(dir.resolve(SettingsFile.FILE_NAME));
        assertThat(text).contains("shop.name=Toko Budi").contains("vip.api-key=enc\\:v1\\:").doesNotContain("plain-vip-key-9876");
        assertThat(file.load().values()).containsEntry("vip.api-key", "plain-vip-key-9876").containsEntry("shop.name", "Toko Budi");

        file.save(Map.of("shop.name", "Toko Sari"), Set.of());
        assertThat(file.load().values()).containsOnly(Map.entry("shop.name", "Toko Sari"));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left").containsOnly(SettingsFile.FILE_NAME,
                    SecretBox.KEY_FILE);
        }
    }

    @Test
    void aSavedSecretWithoutItsKeyFileIsReportedNotFatal() throws Exception {
        var file = SettingsFile.in(dir);
        file.save(Map.of("shop.name", "Toko", "midtrans.server-key", "SB-Mid-server-abc"), Set.of("midtrans.server-key"));
        Files.delete(dir.resolve(SecretBox.KEY_FILE));
        var saved = SettingsFile.in(dir).load();
        assertThat(saved.values()).containsOnly(Map.entry("shop.name", "Toko"));
        assertThat(saved.unreadable()).containsExactly("midtrans.server-key");
    }
}
