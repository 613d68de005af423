package org.pathway.reporting.api.dashboard;

/**
 * One bar of a chart.
 *
 * @param value null when there is nothing to draw: withheld, or undefined (e.g. no participant yet)
 * @param caption the figure written next to the bar, e.g. "12" or "£21.38"
 */
record Bar(String label, Double value, boolean suppressed, String caption) {
}
