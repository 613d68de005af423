package org.pathway.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    private static final String TYPE = "pathway.test.noted.v1";

    @Test
    void conformingDataHasNoMessages() {
        assertThat(EventSchemas.validate(TYPE, "{\"participantId\":\"P-1\",\"noted\":\"2026-01-31\"}")).isEmpty();
    }

    @Test
    void formatsAndRequiredFieldsAreAsserted() {
        assertThat(EventSchemas.validate(TYPE, "{\"participantId\":\"P-1\",\"noted\":\"31/01/2026\"}")).isNotEmpty();
        assertThat(EventSchemas.validate(TYPE, "{\"noted\":\"2026-01-31\"}")).isNotEmpty();
    }

    @Test
    void anUnknownTypeIsALoudFailure() {
        assertThatThrownBy(() -> EventSchemas.validate("pathway.nothing.v1", "{}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("events/schemas/pathway.nothing.v1.json");
    }
}
