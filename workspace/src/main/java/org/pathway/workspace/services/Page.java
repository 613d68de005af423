package org.pathway.workspace.services;

import java.util.List;

/** A page of a service's list: {@code {"items", "page", "size", "total"}}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
