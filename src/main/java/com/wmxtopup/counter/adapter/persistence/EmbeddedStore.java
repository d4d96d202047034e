package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.h2.api.ErrorCode;

/// The embedded H2 store as files: a consistent backup (H2's `BACKUP TO`: a zip of the store taken
/// inside a transaction, while it is open or not) and a restore from one. Only one process can open
/// an H2 file (H2 locks it), so "in use by another instance" is exactly "cannot be opened here".
public final class EmbeddedStore {

    private static final String MV_DB = ".mv.db";

    private final DatabaseSettings settings;
    private final Path base;

    private EmbeddedStore(DatabaseSettings settings, Path base) {
        this.settings = settings;
        this.base = base;
    }

    /// The H2 file behind `settings`; refused for PostgreSQL and in-memory databases.
    public static EmbeddedStore of(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.H2) {
            throw new StoreException("DATABASE_URL points at PostgreSQL (" + settings.location()
                    + "), not at the embedded store; back it up with PostgreSQL's own tools (pg_dump).");
        }
        String path = settings.jdbcUrl().substring("jdbc:h2:".length());
        int semicolon = path.indexOf(';');
        path = semicolon < 0 ? path : path.substring(0, semicolon);
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
            throw new StoreException("DATABASE_URL (" + settings.location() + ") is not an embedded H2 file.");
        }
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        return new EmbeddedStore(settings, Path.of(path).toAbsolutePath());
    }

    /// The store's file (`….mv.db`).
    public Path file() {
        return base.resolveSibling(base.getFileName() + MV_DB);
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    /// Writes a consistent backup of the store (a zip that [#restoreFrom] reads) to `target`.
    public void backupTo(Path target) {
        if (!exists()) {
            throw new StoreException("There is no embedded store at " + file() + " to back up (check --data-dir).");
        }
        try (Connection connection = openExisting()) {
            backup(connection, target);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("The embedded store " + file() + " is in use by a running WMX Topup Counter, which backs it up"
                        + " every day by itself (see the backups folder); stop it to take a backup now.", e);
            }
            throw new StoreException("The embedded store " + file() + " could not be backed up (" + e.getMessage() + ").", e);
        }
    }

    /// `BACKUP TO` on a connection of the open store, into a temporary file first so that a
    /// half-written backup never carries the target's name.
    static void backup(Connection connection, Path target) throws SQLException {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            try (var statement = connection.prepareStatement("BACKUP TO ?")) {
                statement.setString(1, partial.toString());
                statement.execute();
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("The backup " + absolute + " could not be written (" + e.getMessage() + ").", e);
        }
    }

    /// Replaces the store with the one in `backup` (a zip written by [#backupTo] or by the daily
    /// backup). The store being replaced is kept beside it as `….mv.db.before-restore-<time>`.
    /// Refused while another instance has the store open. Returns where the old store was kept,
    /// if there was one.
    public Optional<Path> restoreFrom(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("The backup " + backup + " does not exist.");
        }
        if (exists()) {
            try (Connection connection = openExisting(); var statement = connection.createStatement()) {
                // Opened here, so no other instance has it; closed again before the files move.
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    throw new StoreException("The embedded store " + file()
                            + " is in use by a running WMX Topup Counter; stop it first, then restore.", e);
                }
                // A damaged store may still be replaced: that is what a restore is for.
            }
        }
        Path kept = null;
        Path restored = file().resolveSibling(base.getFileName() + MV_DB + ".restoring");
        try (var zip = new ZipFile(backup.toFile())) {
            var entries = zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(MV_DB)).toList();
            if (entries.size() != 1) {
                throw new StoreException("The file " + backup + " is not a backup of the embedded store (it should hold one .mv.db file).");
            }
            Files.createDirectories(file().getParent());
            try (var in = zip.getInputStream(entries.getFirst())) {
                Files.copy(in, restored, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("The backup " + backup + " cannot be read (" + e.getMessage() + ").", e);
        }
        try {
            if (exists()) {
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
                Path aside = file().resolveSibling(file().getFileName() + ".before-restore-" + stamp);
                Files.move(file(), aside);
                kept = aside;
            }
            Files.move(restored, file(), StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
        } catch (IOException e) {
            throw new StoreException("The store " + file() + " could not be replaced (" + e.getMessage() + ").", e);
        }
        try (Connection connection = openExisting(); var statement = connection.createStatement()) {
            statement.execute("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES");
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("The restored store " + file() + " does not open (" + e.getMessage() + ")"
                    + (kept == null ? "" : "; the previous one is kept as " + kept) + ".", e);
        }
        return Optional.ofNullable(kept);
    }

    /// Opens the store only if it exists; another instance holding it is one clear sentence.
    Connection openExisting() throws SQLException {
        try {
            return DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE", settings.username(), settings.password());
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new SQLException("it is in use by a running WMX Topup Counter; stop it first", e.getSQLState(), e.getErrorCode(), e);
            }
            throw e;
        }
    }

    DatabaseSettings settings() {
        return settings;
    }
}
