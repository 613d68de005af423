package org.pathway.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks event data against the chassis' JSON Schemas ({@code events/schemas/<ce type>.json} on the
 * classpath), as a downstream consumer relies on it. Formats (uuid, date, date-time) are asserted, not
 * only annotations as JSON Schema 2020-12 would have them.
 */
public final class EventSchemas {

    private static final String SCHEMAS = "events/schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> BY_TYPE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * The validation messages for data of the event type (its CloudEvents {@code type}, e.g.
     * {@code pathway.referral.received.v1}); empty when the JSON conforms.
     */
    public static List<String> validate(String type, String json) {
        return schema(type).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The schema of the event type; loaded once. */
    public static Schema schema(String type) {
        return BY_TYPE.computeIfAbsent(type, EventSchemas::load);
    }

    /** A resource of the event contracts (a schema, the AsyncAPI document) from the classpath. */
    public static InputStream open(String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(resource);
        if (in == null) {
            in = EventSchemas.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        return in;
    }

    private static Schema load(String type) {
        try (InputStream in = open(SCHEMAS + type + ".json")) {
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
