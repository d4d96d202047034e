package com.wmxtopup.counter.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// StartupBenchmark times the console with the JIT option the installers give their launchers; the
/// Windows and macOS scripts cannot run here, so this keeps the three scripts and the benchmark
/// saying the same, and each script's AOT training start ending itself (TrainingRun).
class LauncherOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"installer/linux/build.sh", "installer/windows/build.ps1", "installer/macos/build.sh"})
    void everyInstallerGivesItsLauncherTheBenchmarkedJitOptionAndTrainsAnAotCache(String script) throws IOException {
        String text = Files.readString(Path.of(script));

        assertThat(text).contains(StartupBenchmark.LAUNCHER_JIT_OPTION);
        assertThat(text).contains("-Dwmx.exit-when-open=true").contains("-XX:AOTCacheOutput=").contains("-XX:AOTCache=");
    }
}
