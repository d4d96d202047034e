package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.EmbeddedStore;
import com.wmxtopup.counter.adapter.persistence.StoreException;
import com.wmxtopup.counter.adapter.persistence.StoreMigration;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/// `--backup FILE`, `--restore FILE` and `--migrate-to URL`: one job on the shop's store, then
/// exit 0, or exit 1 with one sentence saying why not. The store is the shop's own (`DATABASE_URL`
/// or the embedded file in the data folder); demo mode's only with `--demo`.
final class StoreCommands {

    private StoreCommands() {
    }

    static int run(CommandLineOptions options, AppConfig config, PrintWriter out, PrintWriter err) {
        if (options.backup != null) {
            return backup(store(options, config), options.backup, out, err);
        }
        if (options.restore != null) {
            return restore(store(options, config), options.restore, out, err);
        }
        return migrate(options.demo ? config.demoStore() : config.embeddedStore(), options.migrateTo, out, err);
    }

    private static DatabaseSettings store(CommandLineOptions options, AppConfig config) {
        return options.demo ? config.demoStore() : config.shopStore();
    }

    static int backup(DatabaseSettings settings, Path file, PrintWriter out, PrintWriter err) {
        try {
            var store = EmbeddedStore.of(settings);
            store.backupTo(file);
            out.println("Backed up " + store.file() + " to " + file.toAbsolutePath() + " (" + kib(file) + " KiB).");
            return Launcher.EXIT_OK;
        } catch (StoreException e) {
            err.println("Cannot back up: " + e.getMessage());
            return Launcher.EXIT_FAILURE;
        }
    }

    static int restore(DatabaseSettings settings, Path file, PrintWriter out, PrintWriter err) {
        try {
            var store = EmbeddedStore.of(settings);
            var previous = store.restoreFrom(file);
            out.println("Restored " + store.file() + " from " + file.toAbsolutePath()
                    + previous.map(p -> "; the store it replaced is kept as " + p).orElse("") + ".");
            return Launcher.EXIT_OK;
        } catch (StoreException e) {
            err.println("Cannot restore: " + e.getMessage());
            return Launcher.EXIT_FAILURE;
        }
    }

    static int migrate(DatabaseSettings source, String url, PrintWriter out, PrintWriter err) {
        try {
            var target = AppConfig.databaseAt(url);
            var store = EmbeddedStore.of(source);
            Map<String, Long> counts = StoreMigration.copy(store, target);
            counts.forEach((table, rows) -> out.printf("  %-24s %8d rows%n", table, rows));
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            out.println("Copied " + store.file() + " into PostgreSQL " + target.location() + ": " + total + " rows in " + counts.size()
                    + " tables, the same counts on both sides. Set DATABASE_URL to it to use it.");
            return Launcher.EXIT_OK;
        } catch (StoreException e) {
            err.println("Cannot migrate: " + e.getMessage());
            return Launcher.EXIT_FAILURE;
        } catch (ConfigurationException e) {
            err.println("Cannot migrate: --migrate-to: " + e.getMessage());
            return Launcher.EXIT_FAILURE;
        }
    }

    private static long kib(Path file) {
        try {
            return Math.max(1, Files.size(file) / 1024);
        } catch (IOException e) {
            return 0;
        }
    }
}
