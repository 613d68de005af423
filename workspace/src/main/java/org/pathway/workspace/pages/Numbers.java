package org.pathway.workspace.pages;

/** Form text to the JSON a service expects: a whole number when it is one, otherwise the text, for the service to refuse by name. */
final class Numbers {

    private Numbers() {
    }

    static Object wholeOrText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }
}
