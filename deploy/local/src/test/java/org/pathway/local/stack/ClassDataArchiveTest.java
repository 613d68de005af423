package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    private static final List<String> JVM = List.of(JavaHomes.currentJava(), "-Xmx64m");
    private static final String SERVICE = "referral-service";

    @TempDir
    Path app;
    @TempDir
    Path cds;

    @BeforeEach
    void aBuild() throws IOException {
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("quarkus-run.jar"), "run");
        Files.writeString(app.resolve("lib/one.jar"), "one");
    }

    @Test
    void aFirstRunWritesTheArchiveAtExitAndLaterRunsMapIt() throws Exception {
        ClassDataArchive archive = ClassDataArchive.of(cds, SERVICE, app, JVM);

        List<String> first = archive.jvmOptions();
        assertThat(first).contains("-XX:ArchiveClassesAtExit=" + archive.archive() + ".partial");
        assertThat(java(first)).isZero();
        assertThat(archive.archive()).doesNotExist();

        archive.settle(0);
        assertThat(archive.archive()).isRegularFile();
        assertThat(Path.of(archive.archive() + ".partial")).doesNotExist();

        List<String> later = ClassDataArchive.of(cds, SERVICE, app, JVM).jvmOptions();
        assertThat(later).contains("-XX:SharedArchiveFile=" + archive.archive());
        List<String> mapped = new ArrayList<>(later);
        mapped.add("-Xshare:on"); // fails to start unless the archive maps
        assertThat(java(mapped)).isZero();
    }

    @Test
    void whatARunKilledWhileWritingLeftIsNeverUsed() throws IOException {
        // A truncated archive crashes the JVM that maps it (SIGBUS, seen on 17.0.15): it must never be named as one.
        ClassDataArchive archive = ClassDataArchive.of(cds, SERVICE, app, JVM);
        archive.jvmOptions();
        Path partial = Path.of(archive.archive() + ".partial");
        Files.write(partial, new byte[1000]);

        archive.settle(137);

        assertThat(partial).doesNotExist();
        assertThat(archive.archive()).doesNotExist();
        assertThat(archive.jvmOptions()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void aPartialArchiveLeftByAnOwnerThatDiedIsClearedAtTheNextStart() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(cds, SERVICE, app, JVM);
        Path partial = Path.of(archive.archive() + ".partial");
        Files.createDirectories(cds);
        Files.write(partial, new byte[1000]);

        assertThat(archive.jvmOptions()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(partial).doesNotExist();
    }

    @Test
    void aRebuildOrOtherJvmOptionsGetAnArchiveOfTheirOwnAndOlderBuildsArchivesGo() throws IOException {
        String before = ClassDataArchive.fingerprint(app, JVM);
        assertThat(ClassDataArchive.fingerprint(app, JVM)).isEqualTo(before);
        assertThat(ClassDataArchive.fingerprint(app, List.of(JavaHomes.currentJava(), "-Xmx128m"))).isNotEqualTo(before);

        Path older = ClassDataArchive.of(cds, SERVICE, app, JVM).archive();
        Files.write(older, new byte[10]);
        Path otherService = cds.resolve("matching-service-0123456789abcdef.jsa");
        Files.write(otherService, new byte[10]);

        Files.setLastModifiedTime(app.resolve("lib/one.jar"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        ClassDataArchive rebuilt = ClassDataArchive.of(cds, SERVICE, app, JVM);
        assertThat(rebuilt.archive()).isNotEqualTo(older);

        assertThat(rebuilt.jvmOptions()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(older).doesNotExist();
        assertThat(otherService).exists();
    }

    private static int java(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(JVM);
        command.addAll(options);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
