package com.wmxtopup.counter.adapter.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The automatic daily backup of the embedded store: once per shop day, `<prefix>-yyyy-MM-dd.zip`
/// in `folder` (the same zip as `--backup` writes and `--restore` reads); only the newest `keep`
/// are kept. [#runIfDue] is cheap when today's backup exists, so the sync worker calls it hourly.
public final class DailyBackups {

    private static final Logger log = LoggerFactory.getLogger(DailyBackups.class);

    private final Database database;
    private final Path folder;
    private final String prefix;
    private final int keep;
    private final Clock clock;
    private final ZoneId zone;
    private final Pattern name;

    public DailyBackups(Database database, Path folder, String prefix, int keep, Clock clock, ZoneId zone) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1: " + keep);
        }
        this.database = database;
        this.folder = folder;
        this.prefix = prefix;
        this.keep = keep;
        this.clock = clock;
        this.zone = zone;
        this.name = Pattern.compile(Pattern.quote(prefix) + "-\\d{4}-\\d{2}-\\d{2}\\.zip");
    }

    /// Today's backup if there is none yet, then the oldest beyond `keep` removed; the file written.
    public Optional<Path> runIfDue() {
        Path today = folder.resolve(prefix + "-" + LocalDate.ofInstant(clock.instant(), zone) + ".zip");
        Optional<Path> written = Optional.empty();
        if (!Files.exists(today)) {
            long started = System.nanoTime();
            database.backupTo(today);
            log.info("Daily backup written: {} ({} KiB in {} ms)", today, size(today) / 1024, (System.nanoTime() - started) / 1_000_000);
            written = Optional.of(today);
        }
        List<Path> all = backups();
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            try {
                Files.deleteIfExists(old);
                log.info("Old daily backup removed: {}", old);
            } catch (IOException e) {
                log.warn("Old daily backup {} could not be removed: {}", old, e.getMessage());
            }
        }
        return written;
    }

    /// The daily backups in `folder`, oldest first.
    public List<Path> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            log.warn("The backups folder {} cannot be listed: {}", folder, e.getMessage());
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
