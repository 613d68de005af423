package org.pathway.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pathway.testkit.EventSchemas;

class AsyncApiTest {

    private static final String DOCUMENT = "events/asyncapi.yaml";
    private static JsonNode asyncApi;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = EventSchemas.open(DOCUMENT)) {
            asyncApi = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWithOneChannelPerTopic() {
        assertThat(asyncApi.get("asyncapi").asText()).startsWith("3.0");
        List<String> addresses = new ArrayList<>();
        asyncApi.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrder(Topics.REFERRALS, Topics.PLACEMENTS, Topics.ENGAGEMENT);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsAMessageOnItsTopicsChannelWithItsSchema(EventType type) {
        JsonNode message = messageOn(channel(type.topic()), type.type());

        assertThat(message).as("message %s on %s", type.type(), type.topic()).isNotNull();
        String payload = message.get("payload").get("$ref").asText();
        assertThat("events/" + payload).isEqualTo(type.schemaResource());
        assertThat(getClass().getClassLoader().getResource("events/" + payload)).isNotNull();
    }

    @Test
    void everyMessageIsAKnownTypeWhoseSchemaFileExists() {
        asyncApi.get("components").get("messages").forEach(message -> {
            assertThat(EventType.fromType(message.get("name").asText())).isPresent();
            String payload = message.get("payload").get("$ref").asText();
            assertThat(getClass().getClassLoader().getResource("events/" + payload)).as(payload).isNotNull();
        });
        assertThat(asyncApi.get("components").get("messages")).hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsSentByTheServiceThatOwnsItsTopic(EventType type) {
        List<String> senders = new ArrayList<>();
        asyncApi.get("operations").properties().forEach(operation -> {
            JsonNode op = operation.getValue();
            boolean sendsIt = "send".equals(op.get("action").asText())
                    && resolve(op.get("channel")).get("address").asText().equals(type.topic())
                    && stream(op.get("messages")).map(AsyncApiTest::resolve)
                            .anyMatch(m -> type.type().equals(m.get("name").asText()));
            if (sendsIt) {
                senders.add(operation.getKey());
            }
        });

        assertThat(senders).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"sendReferralEvents, pathway.referrals.v1", "sendPlacementEvents, pathway.placements.v1",
            "sendEngagementEvents, pathway.engagement.v1"})
    void eachProducingServiceSendsToItsOwnTopic(String operation, String topic) {
        assertThat(resolve(asyncApi.get("operations").get(operation).get("channel")).get("address").asText())
                .isEqualTo(topic);
    }

    @Test
    void messagesCarryTheCloudEventsHeadersAndThePseudonymAsKey() {
        JsonNode trait = asyncApi.get("components").get("messageTraits").get("cloudEvent");
        JsonNode headers = resolve(trait.get("headers"));
        List<String> required = stream(headers.get("required")).map(JsonNode::asText).toList();

        assertThat(required).contains(CloudEvents.SPEC_VERSION_HEADER, CloudEvents.ID_HEADER,
                CloudEvents.SOURCE_HEADER, CloudEvents.TYPE_HEADER, CloudEvents.SUBJECT_HEADER,
                CloudEvents.TIME_HEADER, CloudEvents.SITE_ID_HEADER, CloudEvents.CONTENT_TYPE_HEADER);
        assertThat(resolve(trait.get("bindings").get("kafka").get("key")).get("pattern").asText())
                .isEqualTo(PathwayEvent.PARTICIPANT_ID_PATTERN);
        asyncApi.get("components").get("messages").forEach(message ->
                assertThat(resolve(message.get("traits").get(0))).isEqualTo(trait));
    }

    private static JsonNode channel(String topic) {
        for (JsonNode channel : asyncApi.get("channels")) {
            if (channel.get("address").asText().equals(topic)) {
                return channel;
            }
        }
        throw new AssertionError("No channel for " + topic);
    }

    private static JsonNode messageOn(JsonNode channel, String type) {
        for (JsonNode message : channel.get("messages")) {
            JsonNode resolved = resolve(message);
            if (type.equals(resolved.get("name").asText())) {
                return resolved;
            }
        }
        return null;
    }

    /** Follows a local {@code $ref} ("#/a/b") within the document. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        assertThat(pointer).startsWith("#/");
        JsonNode target = asyncApi.at(pointer.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", pointer).isFalse();
        return resolve(target);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
