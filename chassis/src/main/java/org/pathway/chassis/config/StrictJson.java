package org.pathway.chassis.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A request body means exactly one thing, in every service. Found by the bad-input sweep, both were
 * accepted before: a field named twice (Jackson kept the last value, or failed with a bare 500 for
 * fields a record binds through its constructor) and a second document after the first
 * ({@code {...}{...}}). Each is now a 400 (naming the field where there is one). Services add their
 * own coercion rules with customizers of their own.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
