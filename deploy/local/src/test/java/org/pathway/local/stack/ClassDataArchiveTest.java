package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    private static final String JAVA_25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

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
        assertThat(archive.kind()).isEqualTo(ClassDataArchive.Kind.APP_CDS);

        // -Xshare:on fails to start unless the archive maps.
        writtenAtExitThenMapped(JVM, "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", "-Xshare:on");
    }

    /** A first run writes the cache at a clean exit (to a partial name, kept by settle); a later start maps it. */
    private void writtenAtExitThenMapped(List<String> jvm, String write, String use, String mustMap) throws Exception {
        ClassDataArchive archive = ClassDataArchive.of(cds, SERVICE, app, jvm);

        List<String> first = archive.jvmOptions();
        assertThat(first).contains(write + archive.archive() + ".partial");
        assertThat(java(jvm, first)).isZero();
        assertThat(archive.archive()).doesNotExist();

        archive.settle(0);
        assertThat(archive.archive()).isRegularFile();
        assertThat(Path.of(archive.archive() + ".partial")).doesNotExist();
        assertThat(Path.of(archive.archive() + ".partial.config")).doesNotExist();

        List<String> later = ClassDataArchive.of(cds, SERVICE, app, jvm).jvmOptions();
        assertThat(later).contains(use + archive.archive());
        List<String> mapped = new ArrayList<>(later);
        mapped.add(mustMap);
        assertThat(java(jvm, mapped)).isZero();
    }

    @Test
    void whatARunKilledWhileWritingLeftIsNeverUsed() throws IOException {
        // A truncated archive crashes the JVM that maps it (SIGBUS, seen on 17.0.15): it must never be named as one.
        killedWhileWriting(JVM, "-XX:ArchiveClassesAtExit=");
    }

    /** What a run killed while writing left (the partial cache, Java 25's training data) is cleared, never used. */
    private void killedWhileWriting(List<String> jvm, String write) throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(cds, SERVICE, app, jvm);
        archive.jvmOptions();
        Path partial = Files.write(Path.of(archive.archive() + ".partial"), new byte[1000]);
        Path training = Files.write(Path.of(archive.archive() + ".partial.config"), new byte[1000]);

        archive.settle(137);

        assertThat(partial).doesNotExist();
        assertThat(training).doesNotExist();
        assertThat(archive.archive()).doesNotExist();
        assertThat(archive.jvmOptions()).anyMatch(option -> option.startsWith(write));
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

    @Test
    void onJava25ItIsTheAheadOfTimeCacheWrittenAtAPoliteExitAndMappedAfter() throws Exception {
        Path java25 = Path.of(JAVA_25, "bin", "java");
        assumeTrue(Files.isExecutable(java25), "no Java 25 at " + JAVA_25);
        // The cache refuses a class path with a non-empty directory (the default, "."): one that names no class.
        List<String> jvm = List.of(java25.toString(), "-Xmx64m", "-cp", app.resolve("none.jar").toString());
        ClassDataArchive cache = ClassDataArchive.of(cds, SERVICE, app, jvm);
        assertThat(cache.kind()).isEqualTo(ClassDataArchive.Kind.AOT_CACHE);
        assertThat(cache.archive().getFileName().toString()).endsWith(".aot");
        Path onJdk17 = Files.write(cds.resolve(SERVICE + "-0123456789abcdef.jsa"), new byte[10]);

        // -XX:AOTMode=on fails to start unless the cache maps.
        writtenAtExitThenMapped(jvm, "-XX:AOTCacheOutput=", "-XX:AOTCache=", "-XX:AOTMode=on");
        assertThat(onJdk17).doesNotExist();
    }

    @Test
    void onJava25WhatARunKilledWhileWritingLeftIsNeverUsedEither() throws IOException {
        Path java25 = Path.of(JAVA_25, "bin", "java");
        assumeTrue(Files.isExecutable(java25), "no Java 25 at " + JAVA_25);
        killedWhileWriting(List.of(java25.toString()), "-XX:AOTCacheOutput=");
    }

    private static int java(List<String> options) throws Exception {
        return java(JVM, options);
    }

    private static int java(List<String> jvm, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(options);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
