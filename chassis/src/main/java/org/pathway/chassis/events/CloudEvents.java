package org.pathway.chassis.events;

import org.pathway.chassis.ids.Slug;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_}-prefixed record
 * headers and the record value is the event data as JSON.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION_HEADER = "ce_specversion";
    public static final String ID_HEADER = "ce_id";
    public static final String SOURCE_HEADER = "ce_source";
    public static final String TYPE_HEADER = "ce_type";
    public static final String SUBJECT_HEADER = "ce_subject";
    public static final String TIME_HEADER = "ce_time";
    /** Extension attribute {@code siteid}: consumers have no HTTP request to take the site from. */
    public static final String SITE_ID_HEADER = "ce_siteid";
    /** In binary mode the data content type is the plain Kafka content-type header. */
    public static final String CONTENT_TYPE_HEADER = "content-type";

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private CloudEvents() {
    }

    /** The {@code source} attribute: {@code /sites/{siteId}/{service}}. */
    public static String source(String siteId, String service) {
        requireSlug(siteId, "siteId");
        requireSlug(service, "service");
        return "/sites/" + siteId + "/" + service;
    }

    private static void requireSlug(String value, String name) {
        if (!Slug.isValid(value)) {
            throw new IllegalArgumentException(name + " must be a lower-case slug");
        }
    }
}
