package org.pathway.workspace.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.workspace.services.ServiceProblem;

/**
 * A service's field errors, ready to show next to the form's fields: each problem+json field path (e.g.
 * {@code items[3]}, {@code minutes}) becomes the form field it came from, with the field's label in the message
 * ("Minutes must be between 1 and 600"). Paths no field of the form carries are listed at the top of the form.
 */
public final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> others = new ArrayList<>();

    private FieldErrors() {
    }

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** The errors of the problem, for a form with these fields (service path → label). */
    public static FieldErrors of(ServiceProblem problem, Map<String, String> labels) {
        FieldErrors errors = new FieldErrors();
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = formField(error.field());
            String label = labels.get(field);
            String message = error.message() == null ? "is not valid" : error.message();
            if (label == null) {
                errors.others.add(message);
            } else {
                errors.byField.putIfAbsent(field, label + " " + message);
            }
        }
        if (errors.isEmpty()) {
            errors.others.add("Check the details and try again.");
        }
        return errors;
    }

    /** A message for the form as a whole. */
    public static FieldErrors message(String message) {
        FieldErrors errors = new FieldErrors();
        errors.others.add(message);
        return errors;
    }

    /** {@code items[3]} → {@code item3}: the form names each questionnaire item by its zero-based place. */
    static String formField(String path) {
        if (path == null) {
            return "";
        }
        String field = path.startsWith("$.") ? path.substring(2) : path;
        if (field.startsWith("items[") && field.endsWith("]")) {
            return "item" + field.substring("items[".length(), field.length() - 1);
        }
        return field;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && others.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    /** Every message, field errors first: the error summary at the top of the form. */
    public List<Summary> getSummary() {
        List<Summary> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new Summary(field, message)));
        others.forEach(message -> all.add(new Summary(null, message)));
        return all;
    }

    /** One line of the error summary; {@code field} (when known) is the id the line links to. */
    public record Summary(String field, String message) {
    }
}
