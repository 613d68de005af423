package org.pathway.engagement.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.api.dto.AttendanceBatch;
import org.pathway.engagement.api.dto.AttendanceItem;
import org.pathway.engagement.api.dto.AttendanceItemValidator;
import org.pathway.engagement.domain.AttendanceIntake.Entry;

/**
 * Reads the (already authenticated) raw webhook body. The envelope must be well-formed ({@code 400})
 * and small enough ({@code 413}); an element of the wrong shape, or that fails its checks, only
 * rejects that element, so one bad row does not cost a provider the other 499.
 */
public final class AttendanceBodyParser {

    private AttendanceBodyParser() {
    }

    /** The batch's elements in order, each a checked session or, when it is not one, none. */
    public static List<Entry> parse(ObjectMapper mapper, byte[] rawBody, LocalDate today) {
        JsonNode root;
        try {
            root = mapper.readTree(rawBody);
        } catch (IOException e) {
            throw Problem.badRequest("The body is not well-formed JSON.");
        }
        if (root == null || !root.isObject()) {
            throw Problem.badRequest("The body must be a JSON object with an events array.");
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            throw new Problem(400, "Bad Request", "The body must be a JSON object with an events array.",
                    List.of(new FieldError("events", "is required and must be an array")));
        }
        if (events.size() > AttendanceBatch.MAX_EVENTS) {
            throw new Problem(413, "Content Too Large",
                    "At most " + AttendanceBatch.MAX_EVENTS + " events are accepted in one request.");
        }
        List<Entry> entries = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode node = events.get(i);
            AttendanceItem item = item(mapper, node);
            entries.add(new Entry(i, eventId(node),
                    item == null ? null : AttendanceItemValidator.toReported(item, i, today).orElse(null)));
        }
        return entries;
    }

    private static String eventId(JsonNode node) {
        JsonNode eventId = node.get("eventId");
        return eventId != null && eventId.isTextual() ? eventId.asText() : null;
    }

    private static AttendanceItem item(ObjectMapper mapper, JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        try {
            return mapper.treeToValue(node, AttendanceItem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
