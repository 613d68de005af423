package org.pathway.engagement.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks published event data against the chassis' JSON Schemas, as a downstream consumer relies on. */
final class EventSchemas {

    // Formats (uuid, date, date-time) are only annotations in 2020-12 unless asserted.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    private EventSchemas() {
    }

    static List<String> validate(String type, String json) {
        return schema(type).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static synchronized Schema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static Schema load(String type) {
        String resource = "events/schemas/" + type + ".json";
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
