package org.pathway.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's class-data sharing archive (JDK 17's dynamic AppCDS), made by the service's own first run and used by
 * every later start of the same build: the JVM then maps the classes it loaded last time (already parsed and
 * verified) instead of loading them again, a start-up spent mostly on loading classes (docs/performance.md).
 *
 * <p>The archive is named after a fingerprint of the build (every file of the application, with its size and time)
 * and of the JVM and its options, so a rebuild or another JVM never meets an archive of something else. A run without
 * an archive asks the JVM to write one when it exits ({@code -XX:ArchiveClassesAtExit}), to a partial name; only a
 * clean exit (a polite stop) makes that the archive, so one killed while writing leaves nothing half-written behind.
 */
final class ClassDataArchive {

    /** Exit statuses of a JVM that ended normally: by itself, or on SIGTERM (128 + 15) after its shutdown hooks. */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 143);
    private static final String SUFFIX = ".jsa";
    private static final String PARTIAL = ".partial";
    /** Bytes of the SHA-256 kept in the name: 16 hex digits. */
    private static final int FINGERPRINT_BYTES = 8;
    /** The JVM warns of every class it cannot archive; that is expected, and not for the service's log. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final String service;
    private final Path archive;
    private final Path partial;

    private ClassDataArchive(String service, Path archive) {
        this.service = service;
        this.archive = archive;
        this.partial = archive.resolveSibling(archive.getFileName() + PARTIAL);
    }

    /** The archive of {@code service} built from {@code app}, run by {@code jvm}, kept in {@code dir}. */
    static ClassDataArchive of(Path dir, String service, Path app, List<String> jvm) {
        return new ClassDataArchive(service, dir.resolve(service + "-" + fingerprint(app, jvm) + SUFFIX));
    }

    Path archive() {
        return archive;
    }

    /**
     * The JVM options for the next start: use the archive if it exists; otherwise write one at exit. Clears what no
     * longer fits: archives of this service's earlier builds, and a partial one left by a run that did not end.
     */
    List<String> jvmOptions() {
        try {
            Files.createDirectories(archive.getParent());
            removeOthers();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + archive.getParent(), e);
        }
        String option = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + partial;
        return Stream.concat(Stream.of(option), QUIET.stream()).toList();
    }

    /** After the service's process has exited: keep what it wrote only if it ended normally. */
    void settle(int exitStatus) {
        try {
            if (Files.isRegularFile(partial) && CLEAN_EXITS.contains(exitStatus)) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class-data archive " + archive, e);
        }
    }

    private void removeOthers() throws IOException {
        Pattern ofThisService = Pattern.compile(Pattern.quote(service) + "-[0-9a-f]{" + 2 * FINGERPRINT_BYTES + "}" + Pattern.quote(SUFFIX) + "(" + Pattern.quote(PARTIAL) + ")?");
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.toList()) {
                if (ofThisService.matcher(file.getFileName().toString()).matches() && !file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Names, sizes and modification times of every file under {@code app}, and the JVM's path, version and options. */
    static String fingerprint(Path app, List<String> jvm) {
        try (Stream<Path> paths = Files.walk(app)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String line = app.relativize(file) + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            digest.update(String.join(" ", jvm).getBytes(StandardCharsets.UTF_8));
            digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, FINGERPRINT_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + app, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
