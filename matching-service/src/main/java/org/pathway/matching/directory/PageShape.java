package org.pathway.matching.directory;

/** The page layouts Open Referral publishers send. */
public enum PageShape {
    /** HSDS 3.0 / ORUK 3.0 profile: {@code {"total_items", "total_pages", "page_number", "size", "contents": [...]}}. */
    HSDS_3,
    /** ORUK v1 API: {@code {"totalElements", "totalPages", "number", "size", "content": [...]}}. */
    ORUK_V1,
    /** A bare JSON array of services, as some v1 exports are. */
    ARRAY,
    /** One service object, as {@code /services/{id}} answers it. */
    SINGLE_SERVICE
}
