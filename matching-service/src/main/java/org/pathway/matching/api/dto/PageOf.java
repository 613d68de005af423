package org.pathway.matching.api.dto;

import java.util.List;

/** A page of a list, as every Pathway list answers: {@code {"items", "page", "size", "total"}}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
