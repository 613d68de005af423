package org.pathway.local.manifests;

import java.util.List;
import java.util.Map;

/** Navigation over parsed YAML (maps, lists, scalars) that treats a missing part as absent. */
final class Node {

    private Node() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The value at a dotted path of map keys ({@code "spec.template.spec"}), or null. */
    static Object at(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            current = map(current).get(key);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static Map<String, Object> mapAt(Object node, String path) {
        return map(at(node, path));
    }

    static List<Object> listAt(Object node, String path) {
        return list(at(node, path));
    }

    static String text(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    static String kind(Object document) {
        return text(document, "kind");
    }

    static String name(Object document) {
        return text(document, "metadata.name");
    }
}
