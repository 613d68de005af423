package org.pathway.chassis.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates event data against the schema files, as a contract test would. */
final class EventSchemas {

    // Formats (uuid, date, date-time) are only annotations in 2020-12 unless asserted.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** The validation messages; empty when the JSON conforms. */
    static List<String> validate(EventType type, String json) {
        return schema(type).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    static InputStream open(String resource) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        return in;
    }

    private static Schema load(EventType type) {
        try (InputStream in = open(type.schemaResource())) {
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
