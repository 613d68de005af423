package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CompilationTest {

    @Test
    void aStackIsTieredUnlessTheEnvironmentSaysOtherwise() {
        assertThat(Compilation.from(Map.of())).isEqualTo(Compilation.TIERED);
        assertThat(Compilation.from(Map.of(Compilation.ENV, " "))).isEqualTo(Compilation.TIERED);
        assertThat(Compilation.from(Map.of(Compilation.ENV, "Quick"))).isEqualTo(Compilation.QUICK);
        assertThat(Compilation.from(Map.of(Compilation.ENV, "tiered"))).isEqualTo(Compilation.TIERED);
    }

    @Test
    void anUnknownPolicyIsRefusedByName() {
        assertThatThrownBy(() -> Compilation.from(Map.of(Compilation.ENV, "c2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Compilation.ENV).hasMessageContaining("'c2'");
    }

    @Test
    void quickStopsAtC1AndTieredAddsNothing() {
        assertThat(Compilation.QUICK.jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(Compilation.TIERED.jvmOptions()).isEmpty();
    }

    @Test
    void aCommandsChoiceGivesWayToTheUsers() {
        Map<String, String> env = Map.of("PATH", "/usr/bin");
        assertThat(Compilation.from(Compilation.QUICK.unlessChosen(env))).isEqualTo(Compilation.QUICK);
        assertThat(Compilation.QUICK.unlessChosen(env)).containsEntry("PATH", "/usr/bin");

        Map<String, String> chosen = Map.of(Compilation.ENV, "tiered");
        assertThat(Compilation.from(Compilation.QUICK.unlessChosen(chosen))).isEqualTo(Compilation.TIERED);
    }
}
