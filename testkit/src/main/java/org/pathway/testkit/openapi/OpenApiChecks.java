package org.pathway.testkit.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * What a Pathway OpenAPI document must be: valid for swagger-parser's OpenAPI validator (no message at all), and
 * complete for a client: every operation has a summary and a tag and says who may call it, and every 4xx response
 * it lists has its body schema (the Problem, or on the FHIR door the OperationOutcome).
 */
public final class OpenApiChecks {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Map<String, String> ERROR_BODIES = Map.of(
            "application/problem+json", "#/components/schemas/Problem",
            "application/fhir+json", "#/components/schemas/OperationOutcome");

    private OpenApiChecks() {
    }

    /** The validator's messages, then what the document lacks; empty when it is fine. */
    public static List<String> problems(String yaml) {
        List<String> problems = new ArrayList<>(validatorMessages(yaml));
        JsonNode document = OpenApiDocuments.tree(yaml);
        JsonNode schemes = document.path("components").path("securitySchemes");
        if (!document.path("components").path("schemas").has("Problem")) {
            problems.add("components.schemas has no Problem");
        }
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                check(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue(), schemes, problems);
            }
        }));
        return problems;
    }

    /** How many operations the document lists. */
    public static int operations(String yaml) {
        int[] count = {0};
        OpenApiDocuments.tree(yaml).path("paths").forEach(item -> item.fieldNames().forEachRemaining(name -> {
            if (METHODS.contains(name)) {
                count[0]++;
            }
        }));
        return count[0];
    }

    public static List<String> validatorMessages(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        List<String> messages = new ArrayList<>();
        if (result.getOpenAPI() == null) {
            messages.add("swagger-parser could not read the document");
        }
        if (result.getMessages() != null) {
            result.getMessages().forEach(m -> messages.add("swagger-parser: " + m));
        }
        return messages;
    }

    private static void check(String name, JsonNode operation, JsonNode schemes, List<String> problems) {
        if (operation.path("summary").asText("").isBlank()) {
            problems.add(name + " has no summary");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            problems.add(name + " has no tag");
        }
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            problems.add(name + " does not say who may call it (no security requirement)");
        }
        security.forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
            if (!schemes.has(scheme)) {
                problems.add(name + " names the undefined security scheme " + scheme);
            }
        }));
        JsonNode responses = operation.path("responses");
        if (security.isArray() && !security.isEmpty() && !responses.has("401")) {
            problems.add(name + " is secured but lists no 401");
        }
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4") && !hasErrorBody(response.getValue())) {
                problems.add(name + " lists " + response.getKey() + " without a Problem (or OperationOutcome) body");
            }
        });
    }

    private static boolean hasErrorBody(JsonNode response) {
        JsonNode content = response.path("content");
        if (!content.isObject() || content.isEmpty()) {
            return false;
        }
        for (var media = content.fields(); media.hasNext(); ) {
            var entry = media.next();
            String ref = entry.getValue().path("schema").path("$ref").asText("");
            if (!ref.equals(ERROR_BODIES.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
