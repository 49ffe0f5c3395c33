package app.skillpath.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What an earlier crash left in a data directory. When the JVM is killed (SIGKILL, the OOM killer,
 * a power cut of a container), PostgreSQL either keeps running without its parent, holding
 * {@code postmaster.pid}, or died too and left that file behind. Either way the next start must come
 * up on the first try. Only a process that really is a PostgreSQL serving THIS data directory is
 * ever stopped, and never one that a running app still uses.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    /** zonky's lock file: held by the JVM that runs the server, released by the OS when that JVM dies. */
    static final String JVM_LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private LeftoverPostmaster() {
    }

    /** The first lines of {@code postmaster.pid}: process id, data directory, start time, port. */
    record PidFile(long pid, int port) {

        static Optional<PidFile> read(Path dataDirectory) throws IOException {
            Path file = dataDirectory.resolve("postmaster.pid");
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                return Optional.empty();
            }
            if (lines.isEmpty() || lines.getFirst().isBlank()) {
                return Optional.of(new PidFile(-1, -1));
            }
            try {
                long pid = Long.parseLong(lines.getFirst().trim());
                int port = lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).trim()) : -1;
                return Optional.of(new PidFile(pid, port));
            } catch (NumberFormatException unreadable) {
                // a lock file cut short by the crash names no process: treat it like an empty one
                return Optional.of(new PidFile(-1, -1));
            }
        }
    }

    /**
     * Makes the data directory startable: stops a PostgreSQL left running for it by a dead JVM and
     * removes a lock file of a PostgreSQL that no longer runs. Fails with a plain message when
     * another running process (a running Skillpath) holds the directory.
     */
    static void clear(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(JVM_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The database in " + dataDirectory
                        + " is in use by another running Skillpath; stop it first (or use another SKILLPATH_DATA_DIR)");
            }
            Optional<PidFile> pidFile = PidFile.read(dataDirectory);
            if (pidFile.isEmpty()) {
                return;
            }
            long pid = pidFile.get().pid();
            if (servesDataDirectory(pid, dataDirectory)) {
                stop(pid, dataDirectory);
            } else {
                // PostgreSQL would refuse to start while the pid in the file belongs to any live process
                // (after a reboot it often does, to an unrelated one)
                Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
                log.warn("Found the lock file of PostgreSQL (pid {}) that no longer runs in {}: it stopped without "
                        + "shutting down (a crash). Removed the lock file; PostgreSQL now recovers every confirmed "
                        + "save from its write-ahead log", pid, dataDirectory.toAbsolutePath());
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // a server of this JVM holds it
        }
    }

    /** Whether the process is a PostgreSQL server whose working directory is this data directory (it changes into it at start). */
    static boolean servesDataDirectory(long pid, Path dataDirectory) {
        if (pid <= 0) {
            return false;
        }
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String commandLine = Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8);
            String program = commandLine.split("\0", 2)[0];
            return (program.equals("postgres") || program.endsWith("/postgres"))
                    && proc.resolve("cwd").toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false; // no such process, or not ours to inspect
        }
    }

    private static void stop(long pid, Path dataDirectory) throws IOException {
        log.warn("Found PostgreSQL (pid {}) left running from an earlier crash in {}; stopping it", pid,
                dataDirectory.toAbsolutePath());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        if (postmaster == null) {
            return;
        }
        // SIGINT asks PostgreSQL for a fast shutdown, which writes everything it confirmed to disk
        // (its pg_ctl would do the same, but refuses to run as root); a kill is only the fallback
        try {
            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
            String said = new String(interrupt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (interrupt.waitFor() != 0) {
                log.warn("Could not ask PostgreSQL (pid {}) to shut down: {}; killing it", pid, said);
                postmaster.destroyForcibly();
            }
            try {
                postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                log.warn("PostgreSQL (pid {}) did not shut down within {} s; killing it", pid, STOP_WAIT.toSeconds());
                postmaster.destroyForcibly();
                postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL (pid " + pid + ")", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("Could not stop PostgreSQL (pid " + pid + ") left running in " + dataDirectory, e);
        }
        log.warn("Stopped PostgreSQL (pid {}) left running from an earlier crash; starting it afresh on {} "
                + "(it replays its write-ahead log if it had no time to finish)", pid, dataDirectory.toAbsolutePath());
    }
}
