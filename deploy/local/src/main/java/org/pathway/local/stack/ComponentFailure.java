package org.pathway.local.stack;

/** A component of the stack did not start: which one, why, and the end of its log. */
public final class ComponentFailure extends RuntimeException {

    private final String component;
    private final String logTail;

    public ComponentFailure(String component, String reason, String logTail) {
        super(component + " " + reason);
        this.component = component;
        this.logTail = logTail;
    }

    public String component() {
        return component;
    }

    /** The whole report: the reason, then the end of the component's log. */
    public String report() {
        return logTail.isBlank() ? getMessage()
                : getMessage() + System.lineSeparator() + "--- last lines of its log ---" + System.lineSeparator() + logTail;
    }
}
