package org.pathway.local.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;

class DrillSelectionTest {

    @Test
    void everyDrillRunsWhenNoneIsNamed() {
        assertThat(DrillRunner.select(null)).extracting(Drill::name)
                .containsExactly("broker-outage", "service-kill", "offset-reset", "poison-message", "postgres-restart");
        assertThat(DrillRunner.select(List.of())).hasSize(5);
    }

    @Test
    void namedDrillsRunInTheUsualOrder() {
        assertThat(DrillRunner.select(List.of("postgres-restart", "broker-outage"))).extracting(Drill::name)
                .containsExactly("broker-outage", "postgres-restart");
    }

    @Test
    void anUnknownNameIsRefusedWithTheListOfDrills() {
        assertThatThrownBy(() -> DrillRunner.select(List.of("broker")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no drill broker").hasMessageContaining("poison-message");
    }

    @Test
    void eachConsumerHasItsDeadLetterTopic() {
        assertThat(KafkaProbe.consumersOf(Topics.REFERRALS))
                .containsExactly("matching-service", "engagement-service", "reporting-service");
        assertThat(KafkaProbe.consumersOf(Topics.ENGAGEMENT)).containsExactly("reporting-service");
        assertThat(KafkaProbe.deadLetterTopic("matching-service")).isEqualTo("pathway.dlq.matching-service");
    }
}
