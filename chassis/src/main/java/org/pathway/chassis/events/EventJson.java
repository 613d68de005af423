package org.pathway.chassis.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;

/** The one JSON configuration for event data, shared by every producer and consumer. */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Same event, same bytes: score maps are otherwise unordered.
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // Schemas evolve by adding optional fields, so an older consumer must accept newer data.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Parser messages must never quote the payload: it is about a child.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();

    private EventJson() {
    }

    /** The shared, configured mapper. Callers must not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(PathwayEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * @throws IllegalArgumentException when the JSON is malformed or does not fit the type; the
     *     message names the field but never quotes the payload, and the parser's exception is not
     *     attached because its message may quote a value
     */
    public static <T extends PathwayEvent> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(describe(e, type));
        }
    }

    private static String describe(JsonProcessingException e, Class<?> type) {
        StringBuilder message = new StringBuilder("Invalid ").append(type.getSimpleName()).append(" JSON");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message.append(" at ").append(mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")));
        }
        if (e.getLocation() != null) {
            message.append(" (line ").append(e.getLocation().getLineNr())
                    .append(", column ").append(e.getLocation().getColumnNr()).append(')');
        }
        message.append(": ").append(e.getClass().getSimpleName());
        return message.toString();
    }
}
