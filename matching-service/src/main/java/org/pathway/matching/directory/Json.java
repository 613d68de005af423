package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient reads: directory data mixes numbers and numeric strings, nulls and missing fields. */
final class Json {

    private Json() {
    }

    /** Trimmed text of a string or number field; null when missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    static Optional<BigDecimal> number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(new BigDecimal(value.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A money amount: a number, or text such as {@code "8.00"}, {@code "£8"} or {@code "8.00 GBP"} (publishers
     * write all three); empty when there is no amount.
     */
    static Optional<BigDecimal> amount(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isTextual()) {
            String digits = value.asText().trim().replaceAll("(?i)^\\s*£|\\s*(GBP)?\\s*$", "").replace(",", "");
            try {
                return Optional.of(new BigDecimal(digits));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return number(node, field);
    }

    /** The object elements of an array field; empty when the field is missing or not an array. */
    static List<JsonNode> objects(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(e -> {
                if (e.isObject()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : null;
    }
}
