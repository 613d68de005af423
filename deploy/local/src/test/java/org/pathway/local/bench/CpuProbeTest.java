package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuProbeTest {

    @Test
    void ticksBecomeCoresAndTheRestOfTheMachineIsOthers() {
        Map<String, Long> before = new LinkedHashMap<>();
        before.put("referral-service", 1_000L);
        before.put("postgres", 500L);
        before.put("machine.busy", 10_000L);
        before.put("machine.total", 20_000L);
        Map<String, Long> after = new LinkedHashMap<>();
        after.put("referral-service", 1_000L + 1_500); // 15 s of CPU in 10 s: 1.5 cores
        after.put("postgres", 500L + 200);              // 0.2 cores
        after.put("machine.busy", 10_000L + 1_800);     // 1,800 of 2,000 jiffies busy on 2 processors
        after.put("machine.total", 20_000L + 2_000);

        Map<String, Double> cores = CpuProbe.cores(before, after, 10, 2);

        assertThat(cores).containsEntry("referral-service", 1.5).containsEntry("postgres", 0.2)
                .containsEntry("machine", 1.8).containsEntry("others", 0.1);
    }

    @Test
    void aComponentMissingFromTheFirstSnapshotIsLeftOut() {
        Map<String, Long> cores = Map.of("kafka", 10L);
        assertThat(CpuProbe.cores(Map.of(), cores, 1, 2)).doesNotContainKey("kafka");
    }

    @Test
    void thisProcessHasUsedSomeCpu() {
        // Not a timing assertion: the JVM running the test has spent at least one tick by now.
        assertThat(CpuProbe.processTicks(ProcessHandle.current().pid())).isPositive();
    }
}
