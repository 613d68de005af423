package org.pathway.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void findsTheTypeFromItsNameAndFromItsRecord(EventType type) {
        assertThat(EventType.fromType(type.type())).contains(type);
        assertThat(EventType.of(type.dataClass())).isEqualTo(type);
        assertThat(EventType.of(EventSamples.sample(type).getClass())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void hasASchemaFileOnTheClasspath(EventType type) {
        assertThat(getClass().getClassLoader().getResource(type.schemaResource())).isNotNull();
        assertThat(type.schemaResource()).isEqualTo("events/schemas/" + type.type() + ".json");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void followsTheTypeNamingConvention(EventType type) {
        assertThat(type.type()).matches("^pathway\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            REFERRAL_RECEIVED           | pathway.referrals.v1  | pathway.referral.received.v1
            REFERRAL_CLOSED             | pathway.referrals.v1  | pathway.referral.closed.v1
            PLACEMENT_CONFIRMED         | pathway.placements.v1 | pathway.placement.confirmed.v1
            LINKWORKER_SESSION_RECORDED | pathway.engagement.v1 | pathway.linkworker-session.recorded.v1
            OUTCOME_RECORDED            | pathway.engagement.v1 | pathway.outcome.recorded.v1
            """)
    void travelsOnItsProducersTopic(EventType type, String topic, String name) {
        assertThat(type.topic()).isEqualTo(topic);
        assertThat(type.type()).isEqualTo(name);
    }

    @Test
    void everyTypeHasItsOwnRecordAndName() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::dataClass)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(EventType.values()).map(EventType::type)).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownTypeNameIsEmptySoOlderConsumersCanSkipIt() {
        assertThat(EventType.fromType("pathway.referral.received.v2")).isEmpty();
        assertThat(EventType.fromType(null)).isEmpty();
    }

    @Test
    void aRecordThatIsNotAnEventTypeIsRejected() {
        record Unregistered(String participantId) implements PathwayEvent {
        }

        assertThatThrownBy(() -> EventType.of(Unregistered.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"P-7K3M9Q2XW4TB8N6R, true", "P-0123456789ABCDEF, true", "P-7K3M9Q2XW4TB8N6U, false",
            "P-7k3m9q2xw4tb8n6r, false", "P-7K3M9Q2XW4TB8N6, false", "9434765919, false"})
    void participantIdPatternAcceptsOnlyPseudonyms(String id, boolean valid) {
        assertThat(id.matches(PathwayEvent.PARTICIPANT_ID_PATTERN)).isEqualTo(valid);
    }
}
