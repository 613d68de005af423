package org.pathway.testkit.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One generated request body. {@code field} is the JSON path that was mutated ({@code ""} when the
 * whole body was); {@code canary} is a marker planted in the submitted value (or {@code null}) that
 * must never come back in a response; {@code contentType} is what the request declares;
 * {@code mustBeRefused} says no 2xx is acceptable (malformed JSON, the wrong content type, ...).
 */
public record HostileRequest(String category, String field, byte[] body, String contentType, String canary,
                             boolean mustBeRefused) {

    public static final String JSON = "application/json";

    /** A request that may be accepted, depending on what the service allows. */
    public HostileRequest(String category, String field, byte[] body, String contentType, String canary) {
        this(category, field, body, contentType, canary, false);
    }

    /** What a failure message shows: category, field, size and the first characters, escaped. */
    public String describe() {
        String text = new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8);
        StringBuilder preview = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp >= 0x7F) {
                preview.append(String.format("\\u%04x", cp));
            } else {
                preview.appendCodePoint(cp);
            }
        });
        return category + " field=" + (field.isEmpty() ? "<body>" : field) + " contentType=" + contentType
                + " bytes=" + body.length + " body=" + preview + (body.length > 240 ? "..." : "");
    }

    /** Whether the request targets one field of an otherwise well-formed JSON body. */
    public boolean isFieldLevel() {
        return !field.isEmpty();
    }
}
