package app.skillpath.base.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the embedded PostgreSQL's programs are unpacked. zonky's default is {@code <tmp>/embedded-pg},
 * a directory any local account can write to (mode 777 without the sticky bit): an attacker who
 * plants a {@code bin/postgres} there before the first start has it run as the app's user, with the
 * credentials file and every user's data in reach (shown against the production jar). A directory
 * only this OS user can write to instead: {@code ~/.skillpath/postgresql-binaries}, or the
 * {@code skillpath.embedded-db.binaries-dir} system property.
 */
final class PostgresBinaries {

    static final String DIRECTORY_PROPERTY = "skillpath.embedded-db.binaries-dir";

    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private PostgresBinaries() {
    }

    /**
     * Where zonky may unpack: a folder inside the private directory. zonky makes the folder it is given
     * writable by everyone (for a shared /tmp), so it must not be the private directory itself; inside
     * it, no other account can reach it.
     */
    static Path unpackDirectory() throws IOException {
        return directory().resolve("unpacked");
    }

    /** The private directory, created owner-only if missing; refused when another account could write to it. */
    static Path directory() throws IOException {
        Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY,
                Path.of(System.getProperty("user.home"), ".skillpath", "postgresql-binaries").toString()));
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory.getParent());
            if (posix) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(directory);
            }
        }
        if (posix) {
            String owner = Files.getOwner(directory).getName();
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            if (!owner.equals(System.getProperty("user.name")) || permissions.stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
                throw new IOException("The directory for PostgreSQL's programs, " + directory.toAbsolutePath() + ", belongs to "
                        + owner + " with permissions " + PosixFilePermissions.toString(permissions) + ": another account could "
                        + "put programs there that the app would run. Make it yours and private (chmod 700), remove it, "
                        + "or choose another with -D" + DIRECTORY_PROPERTY + "=DIR");
            }
        }
        return directory;
    }
}
