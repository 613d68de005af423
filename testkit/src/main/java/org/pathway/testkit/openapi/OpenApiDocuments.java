package org.pathway.testkit.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The committed OpenAPI documents ({@code docs/openapi/<service>.yaml}) and the canonical form a served document is
 * compared in: keys sorted (the top level in the usual OpenAPI order), the test issuers' address (a free port) as
 * the local stack's {@value #LOCAL_OIDC_BASE_URL}, YAML.
 */
public final class OpenApiDocuments {

    /** The local stack's Keycloak, where the committed documents' issuers are. */
    public static final String LOCAL_OIDC_BASE_URL = "http://localhost:8180";

    private static final List<String> TOP_LEVEL = List.of("openapi", "info", "servers", "security", "tags", "paths",
            "webhooks", "components");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private OpenApiDocuments() {
    }

    /** The committed document of a service, found from the module's directory (where Maven runs its tests). */
    public static Path committed(String service) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/openapi")) && Files.exists(dir.resolve("mvnw"))) {
                return dir.resolve("docs/openapi").resolve(service + ".yaml");
            }
        }
        throw new IllegalStateException("no docs/openapi above " + Path.of("").toAbsolutePath());
    }

    public static String read(Path document) {
        try {
            return Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param servedJson     the document as {@code /q/openapi?format=json} serves it
     * @param oidcBaseUrl    the base address of the issuers the service was started with
     */
    public static String canonical(String servedJson, String oidcBaseUrl) {
        try {
            JsonNode served = JSON.readTree(servedJson);
            return YAML.writeValueAsString(sorted(replaced(served, oidcBaseUrl), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML document as a tree, for the checks. */
    public static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode replaced(JsonNode node, String oidcBaseUrl) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace(oidcBaseUrl, LOCAL_OIDC_BASE_URL));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(replaced(item, oidcBaseUrl)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), replaced(e.getValue(), oidcBaseUrl)));
            return copy;
        }
        return node;
    }

    private static JsonNode sorted(JsonNode node, boolean top) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item, false)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(top ? java.util.Comparator.<String>comparingInt(n -> TOP_LEVEL.contains(n) ? TOP_LEVEL.indexOf(n)
                : TOP_LEVEL.size()).thenComparing(n -> n) : java.util.Comparator.naturalOrder());
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            copy.set(name, sorted(node.get(name), false));
        }
        return copy;
    }

    /** The first line where two texts differ, for a failure message that points at the change. */
    public static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed `" + left.strip() + "`, running code `" + right.strip() + "`";
            }
        }
        return "none";
    }

}
