package org.pathway.reporting.domain.retention;

/** Each site's days either side of a questionnaire's due date: configuration, so that reports stay plain code. */
@FunctionalInterface
public interface RetentionWindows {

    int days(String siteId);
}
