package org.pathway.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.pathway.testkit.infra.Directories;

/**
 * Where a stack keeps what it stores: PostgreSQL's data directory (the services' databases and Keycloak's), the
 * broker's storage, and the values the services must see again on every start (the key their stored secrets are
 * encrypted with, Keycloak's admin password, the day the pathway started at the demo sites).
 * <p>
 * {@linkplain #kept Kept} ({@code pathway up}): in {@code <run>/data}, across stops and reboots, PostgreSQL durable
 * ({@code fsync} on); {@code --fresh} deletes it first. {@linkplain #throwaway Throwaway} ({@code demo}, {@code drill},
 * {@code bench --start-stack}, the tests): in {@code <run>/scratch}, emptied at start and deleted at {@link #close},
 * PostgreSQL without durability, so every run counts from zero and starts fast.
 */
public final class StackData implements AutoCloseable {

    static final String KEPT_DIR = "data";
    static final String THROWAWAY_DIR = "scratch";
    /** The services' key for secrets at rest (key id 0, {@code PATHWAY_SECRET_KEY}): base64 of 32 random bytes. */
    static final String SECRET_KEY_FILE = "secret-key";
    /** The password of Keycloak's bootstrap administrator ({@code admin}, master realm). */
    public static final String KEYCLOAK_ADMIN_FILE = "keycloak-admin-password";
    static final String PATHWAY_START_FILE = "pathway-start-date";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final boolean kept;
    private final boolean emptyAtStart;

    private StackData(Path dir, boolean kept, boolean emptyAtStart) {
        this.dir = dir;
        this.kept = kept;
        this.emptyAtStart = emptyAtStart;
    }

    /** The data {@code pathway up} keeps in {@code <runDir>/data}; deleted first when {@code fresh}. */
    public static StackData kept(Path runDir, boolean fresh) {
        Path dir = runDir.resolve(KEPT_DIR);
        if (fresh) {
            delete(dir);
        }
        boolean empty = !Files.isDirectory(dir.resolve("postgres"));
        return new StackData(create(dir), true, empty);
    }

    /** Data for one run only, in {@code <runDir>/scratch}: emptied now, deleted at {@link #close}. */
    public static StackData throwaway(Path runDir) {
        Path dir = runDir.resolve(THROWAWAY_DIR);
        delete(dir);
        return new StackData(create(dir), false, true);
    }

    /** Whether {@code runDir} holds data a stack kept. */
    public static boolean keptIn(Path runDir) {
        return Files.isDirectory(runDir.resolve(KEPT_DIR).resolve("postgres"));
    }

    /** The PostgreSQL data directories a stack in {@code runDir} may have left (for {@code down} and {@code bench}). */
    public static List<Path> postgresDirs(Path runDir) {
        return List.of(runDir.resolve(KEPT_DIR).resolve("postgres"), runDir.resolve(THROWAWAY_DIR).resolve("postgres"));
    }

    public Path dir() {
        return dir;
    }

    public boolean isKept() {
        return kept;
    }

    /** True for throwaway data and for a kept store's first start (or {@code --fresh}): nothing to find. */
    public boolean emptyAtStart() {
        return emptyAtStart;
    }

    /** Commits must be on disk when they return only for data that is kept. */
    public boolean durable() {
        return kept;
    }

    public Path postgres() {
        return dir.resolve("postgres");
    }

    public Path kafka() {
        return dir.resolve("kafka");
    }

    /** The services' key for secrets at rest: made at the first start, then read (a file only its owner may read). */
    public String secretKey() {
        return secret(SECRET_KEY_FILE, () -> Base64.getEncoder().encodeToString(randomBytes(32)));
    }

    /** Keycloak's bootstrap administrator's password, made at the first start (Keycloak uses it only then). */
    public String keycloakAdminPassword() {
        return secret(KEYCLOAK_ADMIN_FILE, () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18)));
    }

    /** The day the pathway started at the demo sites: {@code proposed} at the first start, then the same every start. */
    public LocalDate pathwayStartDate(LocalDate proposed) {
        return LocalDate.parse(read(PATHWAY_START_FILE, proposed::toString, false));
    }

    private String secret(String name, Supplier<String> make) {
        return read(name, make, true);
    }

    private synchronized String read(String name, Supplier<String> make, boolean secret) {
        Path file = dir.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                write(file, make.get(), secret);
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + file, e);
        }
    }

    /** Written whole (a partial file renamed), readable by its owner alone when secret. */
    static void write(Path file, String value, boolean secret) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (secret) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(partial, value + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The files a backup takes along (the databases alone would be unreadable without the key). */
    static final List<String> KEPT_FILES = List.of(SECRET_KEY_FILE, KEYCLOAK_ADMIN_FILE, PATHWAY_START_FILE);

    /** Copies this data's kept files (secret ones readable by their owner alone) into {@code dir}. */
    public static void copyFiles(Path from, Path to) {
        try {
            for (String name : KEPT_FILES) {
                Path file = from.resolve(name);
                if (Files.isRegularFile(file)) {
                    write(to.resolve(name), Files.readString(file, StandardCharsets.UTF_8).trim(), !name.equals(PATHWAY_START_FILE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the stack's kept files from " + from + " to " + to, e);
        }
    }

    /** Takes the kept files of a backup as this data's own (before anything starts on it). */
    public void adoptFiles(Path backup) {
        copyFiles(backup, dir);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Path create(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void delete(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Deletes throwaway data; kept data stays. */
    @Override
    public void close() {
        if (!kept) {
            delete(dir);
        }
    }
}
