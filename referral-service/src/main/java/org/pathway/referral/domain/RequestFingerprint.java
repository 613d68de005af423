package org.pathway.referral.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tells a replayed request body from a different one for idempotency: the same JSON content gives
 * the same fingerprint whatever its key order or whitespace.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** Lower-case hex SHA-256 of bytes the caller has already canonicalised. */
    public static String of(byte[] canonicalJson) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Fingerprint of a parsed body (a request record or a {@link JsonNode}). The body is turned into
     * plain maps and lists and written with keys sorted, so neither property order nor formatting count.
     */
    public static String ofJson(ObjectMapper mapper, Object body) {
        try {
            JsonNode tree = body instanceof JsonNode node ? node : mapper.valueToTree(body);
            Object plain = mapper.treeToValue(tree, Object.class);
            byte[] canonical = mapper.writer()
                    .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(plain);
            return of(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Body cannot be written as JSON", e);
        }
    }
}
