package org.pathway.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A path into a JSON document as segments (a field name or an array index), written {@code a.b[2].c}. */
public record JsonPath(List<Object> segments) {

    public JsonPath {
        segments = List.copyOf(segments);
    }

    /** Every path in the document below the root: objects, arrays and their leaves. */
    public static List<JsonPath> all(JsonNode root) {
        List<JsonPath> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> prefix, List<JsonPath> into) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> path = new ArrayList<>(prefix);
                path.add(name);
                into.add(new JsonPath(path));
                collect(node.get(name), path, into);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(i);
                into.add(new JsonPath(path));
                collect(node.get(i), path, into);
            }
        }
    }

    /** The node at this path in {@code root}, or null. */
    public JsonNode in(JsonNode root) {
        JsonNode node = root;
        for (Object segment : segments) {
            if (node == null) {
                return null;
            }
            node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node;
    }

    /** Replaces the value at this path; {@code value == null} removes it (from an array too). */
    public void set(JsonNode root, JsonNode value) {
        JsonNode parent = new JsonPath(segments.subList(0, segments.size() - 1)).in(root);
        Object last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
        }
    }

    public boolean isArrayElement() {
        return segments.get(segments.size() - 1) instanceof Integer;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                text.append('[').append(i).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }
}
