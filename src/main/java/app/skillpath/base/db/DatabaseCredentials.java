package app.skillpath.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded database's passwords: one for the {@code postgres} superuser (used only to set the
 * server up at start) and one for the app's own role, which is not a superuser. They are generated
 * on first use and kept in the data directory in a file only the app's OS user can read, so that
 * no other local account can connect.
 */
public record DatabaseCredentials(String superuserPassword, String appPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String APP_ROLE = "skillpath";
    public static final String DATABASE = "postgres";
    static final String FILE_NAME = "skillpath-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 24 random bytes (192 bits), base64url without padding: 32 characters that need no quoting. */
    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** The passwords of this data directory, if it has been given them. */
    public static Optional<DatabaseCredentials> read(Path dataDirectory) {
        Path file = file(dataDirectory);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database passwords in " + file, e);
        }
        return Optional.of(new DatabaseCredentials(properties.getProperty(SUPERUSER), properties.getProperty(APP_ROLE)));
    }

    /** Writes the file readable and writable by the owner only (0600), atomically, so that a crash never leaves half a file. */
    void writeTo(Path dataDirectory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(SUPERUSER, superuserPassword);
        properties.setProperty(APP_ROLE, appPassword);
        StringWriter text = new StringWriter();
        properties.store(text, "Passwords of the embedded PostgreSQL (generated; keep this file private)");
        Path temporary = dataDirectory.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, text.toString());
        Files.move(temporary, file(dataDirectory), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String toString() {
        // never print the passwords, e.g. in a log line or an assertion message
        return "DatabaseCredentials[...]";
    }
}
