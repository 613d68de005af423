package org.pathway.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** JSON values of the wrong type or an impossible value: numbers, booleans, arrays, objects, bad dates. */
public final class HostileValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Date-like strings a date field must refuse (or store faithfully when they are real dates). */
    static final List<String> BAD_DATES = List.of(
            "2026-02-30", "2026-13-01", "2026-00-10", "2026-11-31", "0000-00-00", "20261120", "2026/11/20",
            "20-11-2026", "2026-11-20T10:15:00Z", "2026-11-20 10:15", "+999999999-12-31", "-999999999-01-01",
            "+10000-01-01", "-0001-01-01", "0001-01-01", "1000-01-01", "1899-12-31", "9999-12-31",
            "+5874898-01-01", "-4714-11-23", "NaN", "Infinity", "", " ", "yesterday", "2026-W47-5", "2026-324",
            "２０２６-１１-２０", "2026-11-20\u0000", "\u202E02-11-6202");

    /** Number-like values: huge, negative, fractional, NaN-like strings. */
    static final List<JsonNode> BAD_NUMBERS = List.of(
            JSON.numberNode(-1), JSON.numberNode(0), JSON.numberNode(Integer.MAX_VALUE),
            JSON.numberNode(Integer.MIN_VALUE), JSON.numberNode(Long.MAX_VALUE), JSON.numberNode(Long.MIN_VALUE),
            JSON.numberNode(new BigInteger("123456789012345678901234567890123456789")),
            JSON.numberNode(new BigDecimal("1e400")), JSON.numberNode(new BigDecimal("-1e400")),
            JSON.numberNode(new BigDecimal("1e-400")), JSON.numberNode(1.5), JSON.numberNode(-0.0),
            JSON.numberNode(2147483648L), JSON.textNode("NaN"), JSON.textNode("Infinity"), JSON.textNode("-Infinity"),
            JSON.textNode("1e999"), JSON.textNode("0x10"), JSON.textNode("1_000"), JSON.textNode("３"),
            JSON.textNode(" 3 "), JSON.textNode("3"), JSON.textNode(""));

    private HostileValues() {
    }

    /** A value of some JSON type (not null), usually the wrong one for whatever field it lands in. */
    public static Gen<JsonNode> anyType() {
        return Gen.oneOf(
                Gen.of(BAD_NUMBERS),
                Gen.of(JSON.booleanNode(true), JSON.booleanNode(false)),
                HostileStrings.labelled().map(l -> (JsonNode) JSON.textNode(l.value())),
                Gen.<JsonNode>of(emptyArray(), arrayOf(JSON.textNode("anxiety")), arrayOf(JSON.numberNode(1)),
                        arrayOf(JSON.nullNode()), arrayOf(arrayOf(emptyArray()))),
                Gen.<JsonNode>of(emptyObject(), objectOf("a", JSON.numberNode(1)),
                        objectOf("$gt", JSON.textNode("")), objectOf("__proto__", emptyObject())));
    }

    public static Gen<JsonNode> badDate() {
        return Gen.of(BAD_DATES).map(JSON::textNode);
    }

    public static Gen<JsonNode> badNumber() {
        return Gen.of(BAD_NUMBERS);
    }

    private static ArrayNode emptyArray() {
        return JSON.arrayNode();
    }

    private static ArrayNode arrayOf(JsonNode item) {
        return JSON.arrayNode().add(item);
    }

    private static ObjectNode emptyObject() {
        return JSON.objectNode();
    }

    private static ObjectNode objectOf(String key, JsonNode value) {
        ObjectNode node = JSON.objectNode();
        node.set(key, value);
        return node;
    }
}
