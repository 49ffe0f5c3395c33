package app.skillpath.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the embedded database while the app runs, and restoring one into a new data directory.
 * <p>
 * zonky ships only initdb, pg_ctl and postgres (no pg_dump), and a pg_dump of another major version
 * refuses the server, so this takes PostgreSQL's own online physical backup, the way pg_basebackup does:
 * {@code pg_backup_start}, a copy of the data directory's files, {@code pg_backup_stop} (whose backup
 * label goes into the copy), then the write-ahead log written meanwhile. Restoring unpacks the copy;
 * the server's first start replays that log up to the end of the backup, so the result is the
 * database as it was at that moment, consistent, whatever was written during the copy.
 */
public final class EmbeddedDatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);

    /** Written by the server for the running instance only, or by zonky; never part of a backup. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", LeftoverPostmaster.JVM_LOCK_FILE,
            DatabaseCredentials.FILE_NAME + ".new", "pg_hba.conf.new", "backup_label", "tablespace_map");
    /** Their contents are recreated by the server (see "Making a Base Backup Using the Low Level API"). */
    private static final Set<String> CONTENTS_NOT_COPIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private static final String PG_CONTROL = "global/pg_control";

    private EmbeddedDatabaseBackup() {
    }

    /**
     * Writes a backup of the database in the data directory to the file (a zip, readable by its owner
     * only, since it holds the database passwords too). Uses the running server of that directory;
     * when none runs, starts one for the time of the backup.
     */
    public static void backup(Path dataDirectory, Path file) throws IOException, SQLException {
        Optional<LeftoverPostmaster.PidFile> running = LeftoverPostmaster.PidFile.read(dataDirectory)
                .filter(pid -> LeftoverPostmaster.servesDataDirectory(pid.pid(), dataDirectory));
        if (running.isPresent()) {
            backup(dataDirectory, running.get().port(), file);
        } else if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
                backup(dataDirectory, postgres.getPort(), file);
            }
        } else {
            throw new IOException("There is no database in " + dataDirectory.toAbsolutePath() + " (set SKILLPATH_DATA_DIR)");
        }
    }

    private static void backup(Path dataDirectory, int port, Path file) throws IOException, SQLException {
        DatabaseCredentials credentials = DatabaseCredentials.read(dataDirectory)
                .orElseThrow(() -> new IOException("No database passwords in " + dataDirectory + "; start the app once first"));
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        // the backup functions need a superuser (or grants); the same session must start and stop it
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabaseConfiguration.jdbcUrl(port),
                DatabaseCredentials.SUPERUSER, credentials.superuserPassword());
             Statement sql = connection.createStatement();
             OutputStream out = Files.newOutputStream(temporary);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            String startSegment = text(sql, "select pg_walfile_name(pg_backup_start('skillpath backup', true))");
            copyTree(dataDirectory, dataDirectory, zip);
            // last, as pg_basebackup does, so that it is never older than the files it describes
            copyFile(dataDirectory, dataDirectory.resolve(PG_CONTROL), zip);
            String label;
            try (ResultSet stop = sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
            }
            put(zip, "backup_label", label.getBytes(StandardCharsets.UTF_8));
            // the log from the backup's start on; without it the copy cannot be made consistent
            List<Path> wal;
            try (Stream<Path> files = Files.list(dataDirectory.resolve("pg_wal"))) {
                wal = files.filter(Files::isRegularFile).sorted().toList();
            }
            if (wal.stream().noneMatch(segment -> segment.getFileName().toString().equals(startSegment))) {
                throw new IOException("PostgreSQL recycled the write-ahead log the backup needs while it ran; run it again");
            }
            for (Path segment : wal) {
                if (segment.getFileName().toString().compareTo(startSegment) >= 0) {
                    copyFile(dataDirectory, segment, zip);
                }
            }
            zip.finish();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log.info("Backup of the database in {} written to {} ({} bytes)", dataDirectory.toAbsolutePath(),
                file.toAbsolutePath(), Files.size(file));
    }

    private static void copyTree(Path root, Path directory, ZipOutputStream zip) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(directory)) {
            children = list.sorted().toList();
        } catch (NoSuchFileException gone) {
            return; // dropped while the backup ran: the log replay accounts for it
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (directory.equals(root) && NOT_COPIED.contains(name) || name.endsWith(".part")
                    || root.relativize(child).toString().equals(PG_CONTROL)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                put(zip, root.relativize(child) + "/", null);
                if (!(directory.equals(root) && CONTENTS_NOT_COPIED.contains(name))) {
                    copyTree(root, child, zip);
                } else if (name.equals("pg_wal")) {
                    put(zip, "pg_wal/archive_status/", null);
                    put(zip, "pg_wal/summaries/", null);
                }
            } else if (Files.isRegularFile(child)) {
                copyFile(root, child, zip);
            }
        }
    }

    private static void copyFile(Path root, Path file, ZipOutputStream zip) throws IOException {
        // streamed, not read whole: a table's file can reach 1 GB. A file the server writes meanwhile
        // may be copied half-old, half-new: the log replay (with full_page_writes on) repairs exactly that
        InputStream content;
        try {
            content = Files.newInputStream(file);
        } catch (NoSuchFileException gone) {
            return;
        }
        try (content) {
            zip.putNextEntry(new ZipEntry(root.relativize(file).toString()));
            content.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        if (content != null) {
            zip.write(content);
        }
        zip.closeEntry();
    }

    /**
     * Unpacks a backup into a new (missing or empty) data directory and starts the server on it once,
     * so that it replays the log and is ready; the app then starts on that directory as usual.
     */
    public static void restore(Path file, Path dataDirectory) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such backup file");
        }
        if (Files.exists(dataDirectory)) {
            try (Stream<Path> entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(dataDirectory.toAbsolutePath()
                            + " is not empty: restore into a new data directory (SKILLPATH_DATA_DIR), never over a database");
                }
            }
        }
        Files.createDirectories(dataDirectory);
        // PostgreSQL refuses a data directory that others can read
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        Path root = dataDirectory.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Not a Skillpath backup: entry " + entry.getName() + " points outside the directory");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    try (OutputStream out = Files.newOutputStream(target)) {
                        zip.transferTo(out);
                    }
                }
            }
        }
        if (!Files.exists(dataDirectory.resolve("backup_label")) || DatabaseCredentials.read(dataDirectory).isEmpty()) {
            throw new IOException(file + " is not a Skillpath backup (no backup_label or passwords in it)");
        }
        // the first start replays the log up to the end of the backup
        EmbeddedDatabaseConfiguration.start(dataDirectory, false).close();
        log.info("Restored {} into {}; start the app with SKILLPATH_DATA_DIR={}", file.toAbsolutePath(),
                dataDirectory.toAbsolutePath(), dataDirectory.toAbsolutePath());
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
