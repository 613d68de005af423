package org.pathway.testkit.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Malformed and hostile variants of a valid JSON body. A {@link Mutation} is drawn first and applied
 * to a fresh copy of the valid body afterwards, so a service can give every request its own
 * identifiers (an NHS number, an event id) while the mutations stay reproducible from the seed.
 *
 * <p>Field level, for every path of the example body: missing, {@code null}, a value of another JSON
 * type, hostile text (with a canary that must never be echoed), impossible dates, bad numbers, a
 * duplicate key. Body level: malformed JSON (truncated, stray characters, invalid UTF-8, NaN, comments,
 * deep nesting), the wrong top-level type, unknown and server-owned fields, oversize bodies, the
 * wrong content type.
 */
public final class JsonMutations {

    /** A mutation waiting for its body; {@code apply} never changes its argument. */
    public record Mutation(String category, String field, Function<ObjectNode, HostileRequest> apply) {
        public HostileRequest applyTo(ObjectNode valid) {
            return apply.apply(valid.deepCopy());
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int OVERSIZE_MIN = 1 << 20;

    private final ObjectNode example;
    private final List<JsonPath> paths;
    private final Set<String> dateFields;
    private final Set<String> numberFields;
    private final String oversizeField;
    private final int oversizeMaxBytes;
    private final List<String> serverOwnedFields;
    private final boolean anyContentType;

    private JsonMutations(Builder builder) {
        this.example = builder.example;
        this.paths = JsonPath.all(builder.example);
        this.dateFields = builder.dateFields;
        this.numberFields = builder.numberFields;
        this.oversizeField = builder.oversizeField;
        this.oversizeMaxBytes = builder.oversizeMaxBytes;
        this.serverOwnedFields = builder.serverOwnedFields;
        this.anyContentType = builder.anyContentType;
    }

    public static Builder of(ObjectNode example) {
        return new Builder(example);
    }

    public static final class Builder {
        private final ObjectNode example;
        private Set<String> dateFields = Set.of();
        private Set<String> numberFields = Set.of();
        private String oversizeField;
        private int oversizeMaxBytes = 12 << 20;
        private List<String> serverOwnedFields = List.of("id", "status");
        private boolean anyContentType;

        private Builder(ObjectNode example) {
            this.example = example.deepCopy();
        }

        /** Paths (as {@code a.b[2].c}) that hold dates: they also get impossible dates. */
        public Builder dateFields(Set<String> paths) {
            this.dateFields = Set.copyOf(paths);
            return this;
        }

        /** Paths that hold numbers: they also get huge, negative, fractional and NaN-like values. */
        public Builder numberFields(Set<String> paths) {
            this.numberFields = Set.copyOf(paths);
            return this;
        }

        /** A top-level text field that oversize bodies pad, up to {@code maxBytes}. */
        public Builder oversize(String field, int maxBytes) {
            this.oversizeField = field;
            this.oversizeMaxBytes = maxBytes;
            return this;
        }

        /** Fields only the server may set (a mass-assignment probe adds them). */
        public Builder serverOwnedFields(List<String> fields) {
            this.serverOwnedFields = List.copyOf(fields);
            return this;
        }

        /** The endpoint reads its body whatever the declared type (a signed webhook): no 415 expected. */
        public Builder anyContentType() {
            this.anyContentType = true;
            return this;
        }

        public JsonMutations build() {
            return new JsonMutations(this);
        }
    }

    /** Every kind of mutation, field-level ones most often. */
    public Gen<Mutation> gen() {
        List<Gen.Weighted<Mutation>> kinds = new ArrayList<>(List.of(
                Gen.weighted(6, missing()),
                Gen.weighted(6, nulled()),
                Gen.weighted(14, wrongType()),
                Gen.weighted(14, hostileText()),
                Gen.weighted(4, duplicateKey()),
                Gen.weighted(10, malformed()),
                Gen.weighted(3, wrongTopLevel()),
                Gen.weighted(3, extraFields()),
                Gen.weighted(4, wrongContentType())));
        if (!dateFields.isEmpty()) {
            kinds.add(Gen.weighted(8, badDate()));
        }
        if (!numberFields.isEmpty()) {
            kinds.add(Gen.weighted(8, badNumber()));
        }
        if (oversizeField != null) {
            kinds.add(Gen.weighted(1, oversize()));
        }
        return Gen.frequency(kinds);
    }

    // --- field level

    private Gen<JsonPath> path() {
        return Gen.of(paths);
    }

    private Gen<Mutation> missing() {
        return path().map(p -> field("missing-field", p, null, null));
    }

    private Gen<Mutation> nulled() {
        return path().map(p -> field("null-field", p, JSON.nullNode(), null));
    }

    private Gen<Mutation> wrongType() {
        Gen<JsonPath> path = path();
        Gen<JsonNode> value = HostileValues.anyType();
        return random -> field("wrong-type", path.next(random), value.next(random), null);
    }

    private Gen<Mutation> hostileText() {
        Gen<JsonPath> path = path();
        Gen<HostileStrings.Labelled> texts = HostileStrings.labelled();
        Gen<String> canaries = canary();
        return random -> {
            JsonPath p = path.next(random);
            HostileStrings.Labelled text = texts.next(random);
            String canary = canaries.next(random);
            return field("text-" + text.category(), p, JSON.textNode(text.value() + canary), canary);
        };
    }

    private Gen<Mutation> badDate() {
        return fieldOf("bad-date", dateFields, HostileValues.badDate());
    }

    private Gen<Mutation> badNumber() {
        return fieldOf("bad-number", numberFields, HostileValues.badNumber());
    }

    /** One of {@code fields} (sorted, so the draw does not depend on set order) set to a value of {@code values}. */
    private Gen<Mutation> fieldOf(String category, Set<String> fields, Gen<JsonNode> values) {
        Gen<String> path = Gen.of(fields.stream().sorted().toList());
        return random -> field(category, parse(path.next(random)), values.next(random), null);
    }

    private Mutation field(String category, JsonPath path, JsonNode value, String canary) {
        boolean mustBeRefused = value != null && cannotStandFor(path.in(example), value);
        return new Mutation(category, path.toString(), body -> {
            path.set(body, value);
            return new HostileRequest(category, path.toString(), bytes(body), HostileRequest.JSON, canary,
                    mustBeRefused);
        });
    }

    /**
     * Whether {@code value} cannot stand for the example's {@code original}: anything but a boolean
     * for a boolean (a consent flag must not be given by {@code 1} or {@code "yes"}), a fraction,
     * boolean, list, object or text other than an integer's digits (Jackson reads {@code " 3 "} and,
     * through Java, {@code "３"} as 3: lenient, but the number meant) for an integer. Null is for the
     * service to judge.
     */
    static boolean cannotStandFor(JsonNode original, JsonNode value) {
        if (original == null || value.isNull()) {
            return false;
        }
        if (original.isBoolean()) {
            return !value.isBoolean();
        }
        if (original.isIntegralNumber()) {
            return value.isFloatingPointNumber() || value.isBoolean() || value.isContainerNode()
                    || value.isTextual() && !value.asText().strip().matches("-?\\p{Nd}{1,9}");
        }
        return false;
    }

    /**
     * The same key twice in one object; the copy (first or second) carries a canary or another value.
     * A body-level mutation: which of the two values counts is the question, not either value.
     */
    private Gen<Mutation> duplicateKey() {
        Gen<JsonPath> objectMembers = Gen.of(paths.stream().filter(p -> !p.isArrayElement()).toList());
        Gen<Boolean> first = Gen.of(true, false);
        Gen<String> canaries = canary();
        Gen<JsonNode> others = HostileValues.anyType();
        return random -> {
            JsonPath p = objectMembers.next(random);
            boolean duplicateFirst = first.next(random);
            String canary = canaries.next(random);
            JsonNode value = random.nextBoolean() ? JSON.textNode(canary) : others.next(random);
            return new Mutation("duplicate-key", p.toString(), body -> {
                String text = writeWithDuplicate(body, p, value, duplicateFirst);
                return new HostileRequest("duplicate-key (" + p + ")", "", text.getBytes(StandardCharsets.UTF_8),
                        HostileRequest.JSON, value.isTextual() ? canary : null, true);
            });
        };
    }

    // --- body level

    private Gen<Mutation> malformed() {
        Gen<Double> where = Random::nextDouble;
        Gen<Mutation> truncated = where.map(f -> refused("malformed-json", "truncated", text -> {
            byte[] all = text.getBytes(StandardCharsets.UTF_8);
            int cut = (int) Math.floor(f * (all.length - 1));
            return java.util.Arrays.copyOf(all, cut);
        }));
        Gen<String> stray = Gen.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "'", "/*", "\n\"x\"");
        Gen<Mutation> strayChar = random -> {
            double f = where.next(random);
            String c = stray.next(random);
            return body("malformed-json", "stray " + c, text -> {
                int at = (int) Math.floor(f * text.length());
                return (text.substring(0, at) + c + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            });
        };
        Gen<Mutation> fixed = Gen.of(List.of(
                refused("malformed-json", "trailing comma", t -> utf8(t.substring(0, t.lastIndexOf('}')) + ",}")),
                refused("malformed-json", "single quotes", t -> utf8(t.replace('"', '\''))),
                refused("malformed-json", "unquoted keys", t -> utf8(t.replaceAll("\"([A-Za-z]+)\":", "$1:"))),
                refused("malformed-json", "NaN literal", t -> utf8(t.replaceFirst(":\\s*\"[^\"]*\"", ":NaN"))),
                refused("malformed-json", "comment", t -> utf8("/* hi */" + t)),
                refused("malformed-json", "two documents", t -> utf8(t + t)),
                refused("malformed-json", "empty", t -> new byte[0]),
                refused("malformed-json", "whitespace", t -> utf8("  \n\t ")),
                body("malformed-json", "utf-16", t -> t.getBytes(StandardCharsets.UTF_16LE)),
                refused("malformed-json", "invalid utf-8", t -> withBytes(t, new byte[] {(byte) 0xC3, 0x28})),
                refused("malformed-json", "invalid utf-8 ff", t -> withBytes(t, new byte[] {(byte) 0xFF, (byte) 0xFE})),
                refused("malformed-json", "encoded surrogate",
                        t -> withBytes(t, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
                refused("malformed-json", "overlong nul", t -> withBytes(t, new byte[] {(byte) 0xC0, (byte) 0x80})),
                refused("malformed-json", "deep nesting", t -> utf8("[".repeat(100_000) + "]".repeat(100_000))),
                refused("malformed-json", "deep object nesting", t -> utf8("{\"a\":".repeat(20_000) + "1"
                        + "}".repeat(20_000))),
                refused("malformed-json", "huge number token", t -> utf8(t.replaceFirst(":\\s*\"[^\"]*\"",
                        ":" + "9".repeat(200_000)))),
                refused("malformed-json", "lone escape", t -> utf8(t.replaceFirst(":\\s*\"", ":\"\\\\uD800\\\\"))),
                refused("malformed-json", "bad escape", t -> utf8(t.replaceFirst(":\\s*\"", ":\"\\\\x41"))),
                refused("malformed-json", "raw control char", t -> utf8(t.replaceFirst(":\\s*\"", ":\"\u0001")))));
        return Gen.frequency(Gen.weighted(3, truncated), Gen.weighted(3, strayChar), Gen.weighted(4, fixed));
    }

    private Gen<Mutation> wrongTopLevel() {
        return Gen.of(List.of(
                refused("wrong-top-level", "array", t -> utf8("[" + t + "]")),
                refused("wrong-top-level", "empty array", t -> utf8("[]")),
                refused("wrong-top-level", "string", t -> utf8("\"referral\"")),
                refused("wrong-top-level", "number", t -> utf8("1")),
                refused("wrong-top-level", "null", t -> utf8("null")),
                refused("wrong-top-level", "true", t -> utf8("true")),
                refused("wrong-top-level", "empty object", t -> utf8("{}"))));
    }

    /** Unknown keys and keys only the server may set, at the top level. */
    private Gen<Mutation> extraFields() {
        List<String> names = new ArrayList<>(serverOwnedFields);
        names.addAll(List.of("__proto__", "constructor", "siteId", "participantId", "receivedAt", "$where",
                "extra", "\u0000", "", "a".repeat(10_000)));
        Gen<String> name = Gen.of(names);
        Gen<JsonNode> values = HostileValues.anyType();
        return random -> {
            String key = name.next(random);
            JsonNode value = values.next(random);
            return new Mutation("extra-field", "", body -> {
                body.set(key, value);
                return new HostileRequest("extra-field", "", bytes(body), HostileRequest.JSON, null);
            });
        };
    }

    private Gen<Mutation> oversize() {
        return Gen.integers(OVERSIZE_MIN, oversizeMaxBytes)
                .map(n -> new Mutation("oversize", oversizeField, body -> {
                    body.put(oversizeField, "x".repeat(n));
                    return new HostileRequest("oversize", oversizeField, bytes(body), HostileRequest.JSON, null, true);
                }));
    }

    private Gen<Mutation> wrongContentType() {
        return Gen.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/octet-stream", "text/html",
                        "application/json-patch+json", "image/png", "application/jsonx", "json")
                .map(type -> new Mutation("wrong-content-type", "", body ->
                        new HostileRequest("wrong-content-type", "", bytes(body), type, null, !anyContentType)));
    }

    /** A body-level change that may or may not leave valid JSON (a stray brace inside a string does). */
    private Mutation body(String category, String what, Function<String, byte[]> change) {
        return body(category, what, change, false);
    }

    /** A body-level change that certainly leaves no acceptable request. */
    private Mutation refused(String category, String what, Function<String, byte[]> change) {
        return body(category, what, change, true);
    }

    private Mutation body(String category, String what, Function<String, byte[]> change, boolean mustBeRefused) {
        return new Mutation(category, "", body -> new HostileRequest(category + " (" + what + ")", "",
                change.apply(new String(bytes(body), StandardCharsets.UTF_8)), HostileRequest.JSON, null,
                mustBeRefused));
    }

    // --- helpers

    private static Gen<String> canary() {
        return Gen.strings(Gen.chars('A', 'Z'), 10, 10).map(s -> "QZX" + s);
    }

    private static JsonPath parse(String display) {
        List<Object> segments = new ArrayList<>();
        for (String part : display.split("\\.")) {
            int bracket = part.indexOf('[');
            segments.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                segments.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return new JsonPath(segments);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBytes(String text, byte[] raw) {
        int at = text.indexOf(":\"");
        byte[] head = utf8(text.substring(0, at + 2));
        byte[] tail = utf8(text.substring(at + 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(raw);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code root} with the member at {@code path} written twice (the copy carries {@code value}). */
    static String writeWithDuplicate(JsonNode root, JsonPath path, JsonNode value, boolean duplicateFirst) {
        StringBuilder out = new StringBuilder();
        write(root, new ArrayList<>(), path.segments(), value, duplicateFirst, out);
        return out.toString();
    }

    private static void write(JsonNode node, List<Object> at, List<Object> target, JsonNode value,
                              boolean duplicateFirst, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> child = new ArrayList<>(at);
                child.add(field.getKey());
                boolean duplicated = child.equals(target);
                if (duplicated && duplicateFirst) {
                    first = member(out, first, field.getKey(), value);
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(quote(field.getKey())).append(':');
                write(field.getValue(), child, target, value, duplicateFirst, out);
                if (duplicated && !duplicateFirst) {
                    first = member(out, first, field.getKey(), value);
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                List<Object> child = new ArrayList<>(at);
                child.add(i);
                write(node.get(i), child, target, value, duplicateFirst, out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static boolean member(StringBuilder out, boolean first, String key, JsonNode value) {
        if (!first) {
            out.append(',');
        }
        out.append(quote(key)).append(':').append(value.toString());
        return false;
    }

    private static String quote(String key) {
        return JSON.textNode(key).toString();
    }
}
