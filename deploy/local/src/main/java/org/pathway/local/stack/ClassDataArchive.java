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
 * A service's class-data cache, made by the service's own first run and used by every later start of the same build:
 * the JVM then maps the classes it loaded last time (already parsed and verified) instead of loading them again, a
 * start-up spent mostly on loading classes (docs/performance.md). On Java 25+ it is the ahead-of-time cache (JEP
 * 483/514/515: {@code -XX:AOTCacheOutput} on the training run, then {@code -XX:AOTCache}), which also keeps the classes
 * linked and the training run's method profiles; on older JDKs, JDK 17's dynamic AppCDS archive
 * ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}).
 *
 * <p>The cache is named after a fingerprint of the build (every file of the application, with its size and time)
 * and of the JVM (its {@code release} file) and its options, so a rebuild or another JVM never meets a cache of
 * something else. A run without a cache asks the JVM to write one when it exits, to a partial name; only a clean exit
 * (a polite stop) makes that the cache, so one killed while writing leaves nothing half-written behind.
 */
final class ClassDataArchive {

    /** Exit statuses of a JVM that ended normally: by itself, or on SIGTERM (128 + 15) after its shutdown hooks. */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 143);
    private static final String PARTIAL = ".partial";
    /** Bytes of the SHA-256 kept in the name: 16 hex digits. */
    private static final int FINGERPRINT_BYTES = 8;

    /** How a JDK writes and maps the cache. */
    enum Kind {
        /** JDK 17's dynamic AppCDS archive. */
        APP_CDS(".jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")),
        /** Java 25's ahead-of-time cache, assembled at exit by a child JVM (JEP 514). */
        AOT_CACHE(".aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=", List.of("-Xlog:cds=off", "-Xlog:aot=off"));

        private final String suffix;
        private final String write;
        private final String use;
        /** The JVM warns of every class it cannot archive; that is expected, and not for the service's log. */
        private final List<String> quiet;

        Kind(String suffix, String write, String use, List<String> quiet) {
            this.suffix = suffix;
            this.write = write;
            this.use = use;
            this.quiet = quiet;
        }

        /** The kind the JDK of a java launcher ({@code <home>/bin/java}) writes: by its {@code release} file. */
        static Kind of(String java) {
            Path home = Path.of(java).toAbsolutePath().getParent().getParent();
            return JavaHomes.featureVersion(home).orElse(0) >= JavaHomes.AOT_CACHE_MINIMUM ? AOT_CACHE : APP_CDS;
        }
    }

    private final String service;
    private final Kind kind;
    private final Path archive;
    private final Path partial;

    private ClassDataArchive(String service, Kind kind, Path archive) {
        this.service = service;
        this.kind = kind;
        this.archive = archive;
        this.partial = archive.resolveSibling(archive.getFileName() + PARTIAL);
    }

    /**
     * The cache of {@code service} built from {@code app}, run by {@code jvm} (the java launcher, then its options),
     * kept in {@code dir}; its kind is the one that JDK writes.
     */
    static ClassDataArchive of(Path dir, String service, Path app, List<String> jvm) {
        Kind kind = Kind.of(jvm.get(0));
        return new ClassDataArchive(service, kind, dir.resolve(service + "-" + fingerprint(app, jvm) + kind.suffix));
    }

    Kind kind() {
        return kind;
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
            Files.deleteIfExists(trainingData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + archive.getParent(), e);
        }
        String option = Files.isRegularFile(archive) ? kind.use + archive : kind.write + partial;
        return Stream.concat(Stream.of(option), kind.quiet.stream()).toList();
    }

    /** After the service's process has exited: keep what it wrote only if it ended normally. */
    void settle(int exitStatus) {
        try {
            if (Files.isRegularFile(partial) && CLEAN_EXITS.contains(exitStatus)) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(partial);
            }
            Files.deleteIfExists(trainingData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class-data archive " + archive, e);
        }
    }

    /** Where Java 25 records the training run before its child JVM assembles the cache; removed by that JVM. */
    private Path trainingData() {
        return partial.resolveSibling(partial.getFileName() + ".config");
    }

    private void removeOthers() throws IOException {
        // Either kind: a service moved to another JDK leaves its old archive behind.
        Pattern ofThisService = Pattern.compile(Pattern.quote(service) + "-[0-9a-f]{" + 2 * FINGERPRINT_BYTES + "}\\.(jsa|aot)"
                + "(" + Pattern.quote(PARTIAL) + "(\\.config)?)?");
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.toList()) {
                if (ofThisService.matcher(file.getFileName().toString()).matches() && !file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Names, sizes and modification times of every file under {@code app}, and the JVM's path, options and version
     * (its home's {@code release} file).
     */
    static String fingerprint(Path app, List<String> jvm) {
        try (Stream<Path> paths = Files.walk(app)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String line = app.relativize(file) + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            digest.update(String.join(" ", jvm).getBytes(StandardCharsets.UTF_8));
            Path release = Path.of(jvm.get(0)).toAbsolutePath().getParent().getParent().resolve("release");
            if (Files.isRegularFile(release)) {
                digest.update(Files.readAllBytes(release));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, FINGERPRINT_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + app, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
