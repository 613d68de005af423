package org.pathway.chassis.api;

import java.util.List;

/** A page of a list, as every Pathway list answers: {@code {"items", "page", "size", "total"}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        return new Page<>(items, paging.page(), paging.size(), total);
    }
}
