package org.pathway.engagement.api.dto;

import java.util.List;

/** Body of the signed provider attendance webhook. */
public record AttendanceBatch(List<AttendanceItem> events) {

    /** More events than this in one request is 413 (API.md). */
    public static final int MAX_EVENTS = 500;
}
