package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDataTest {

    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    @TempDir
    Path run;

    @Test
    void keptDataKeepsTheSecretKeyAndStartDateAcrossStartsAndOnlyItsOwnerReadsTheKey() throws Exception {
        StackData first = StackData.kept(run, false);
        String key = first.secretKey();
        String admin = first.keycloakAdminPassword();
        LocalDate started = first.pathwayStartDate(LocalDate.of(2026, 5, 21));
        Files.createDirectories(first.postgres());
        first.close();

        StackData again = StackData.kept(run, false);

        assertThat(again.dir()).isEqualTo(run.resolve("data")).isDirectory();
        assertThat(again.emptyAtStart()).isFalse();
        assertThat(again.durable()).isTrue();
        assertThat(again.secretKey()).isEqualTo(key);
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(again.keycloakAdminPassword()).isEqualTo(admin).hasSizeGreaterThanOrEqualTo(20);
        assertThat(again.pathwayStartDate(LocalDate.of(2026, 6, 30))).isEqualTo(started).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(Files.getPosixFilePermissions(again.dir().resolve(StackData.SECRET_KEY_FILE))).isEqualTo(OWNER_ONLY);
        assertThat(Files.getPosixFilePermissions(again.dir().resolve(StackData.KEYCLOAK_ADMIN_FILE))).isEqualTo(OWNER_ONLY);
    }

    @Test
    void freshDeletesWhatWasKept() throws Exception {
        StackData first = StackData.kept(run, false);
        String key = first.secretKey();
        Files.createDirectories(first.postgres());
        assertThat(StackData.keptIn(run)).isTrue();

        StackData fresh = StackData.kept(run, true);

        assertThat(fresh.emptyAtStart()).isTrue();
        assertThat(fresh.postgres()).doesNotExist();
        assertThat(fresh.secretKey()).isNotEqualTo(key);
    }

    @Test
    void throwawayDataIsEmptyAtStartNotDurableAndGoneAtClose() throws Exception {
        StackData kept = StackData.kept(run, false);
        Files.createDirectories(kept.postgres());
        Files.createDirectories(run.resolve("scratch/postgres/left-over"));

        StackData throwaway = StackData.throwaway(run);
        assertThat(throwaway.dir()).isEqualTo(run.resolve("scratch"));
        assertThat(throwaway.emptyAtStart()).isTrue();
        assertThat(throwaway.durable()).isFalse();
        assertThat(run.resolve("scratch/postgres/left-over")).doesNotExist();
        throwaway.secretKey();
        throwaway.close();

        assertThat(run.resolve("scratch")).doesNotExist();
        assertThat(kept.postgres()).as("a throwaway stack leaves the kept data alone").isDirectory();
    }

    @Test
    void aBackupTakesTheKeptFilesAlongAndARestoreAdoptsThem(@TempDir Path backup) throws Exception {
        StackData source = StackData.kept(run, false);
        String key = source.secretKey();
        LocalDate started = source.pathwayStartDate(LocalDate.of(2026, 5, 21));

        StackData.copyFiles(source.dir(), backup);
        StackData restored = StackData.kept(run.resolve("other"), true);
        restored.adoptFiles(backup);

        assertThat(Files.getPosixFilePermissions(backup.resolve(StackData.SECRET_KEY_FILE))).isEqualTo(OWNER_ONLY);
        assertThat(restored.secretKey()).isEqualTo(key);
        assertThat(restored.pathwayStartDate(LocalDate.of(2027, 1, 1))).isEqualTo(started);
        assertThat(Files.getPosixFilePermissions(restored.dir().resolve(StackData.SECRET_KEY_FILE))).isEqualTo(OWNER_ONLY);
    }
}
