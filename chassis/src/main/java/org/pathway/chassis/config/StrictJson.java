package org.pathway.chassis.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A request body means exactly one thing, in every service. A field named twice and a second document
 * after the first ({@code {...}{...}}) are refused: Jackson would keep one value silently. A value of
 * another JSON type is never turned into the declared one: no fraction, boolean or text becomes an
 * integer ({@code 3.7} is not 3, {@code "7"} is not 7), no number or text becomes a boolean, no text
 * becomes a floating number. Each is a 400 naming the field, through the chassis' problem mappers.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The policy on any mapper, for code (and tests) that build their own. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
