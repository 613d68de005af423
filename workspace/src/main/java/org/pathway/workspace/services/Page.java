package org.pathway.workspace.services;

import java.util.List;

/** A page of a service's list: {@code {"items", "page", "size", "total"}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The number of the next page, or null on the last. */
    public Integer next() {
        return (long) (page + 1) * size < total ? page + 1 : null;
    }
}
