package com.wmxtopup.counter.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.defaultFor("Linux", Map.of(), "/home/kasir"))
                .isEqualTo(Path.of("/home/kasir/.local/share/wmx-topup-counter"));
        assertThat(DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/kasir"))
                .isEqualTo(Path.of("/data/xdg/wmx-topup-counter"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.defaultFor("Windows 11", Map.of("APPDATA", "C:/Users/kasir/AppData/Roaming"), "C:/Users/kasir"))
                .isEqualTo(Path.of("C:/Users/kasir/AppData/Roaming", "WMX Topup Counter"));
        assertThat(DataDirectory.defaultFor("Windows 10", Map.of(), "C:/Users/kasir"))
                .isEqualTo(Path.of("C:/Users/kasir", "AppData", "Roaming", "WMX Topup Counter"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.defaultFor("Mac OS X", Map.of(), "/Users/kasir"))
                .isEqualTo(Path.of("/Users/kasir/Library/Application Support/WMX Topup Counter"));
    }
}
