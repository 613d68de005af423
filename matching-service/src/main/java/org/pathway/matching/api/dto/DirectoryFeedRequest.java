package org.pathway.matching.api.dto;

/**
 * Body of {@code POST /sites/{siteId}/directory-feeds}: the feed's {@code /services} URL,
 * {@code format} ({@code auto}, {@code oruk-v1}, {@code hsds-3}; default {@code auto}) and
 * {@code schedule} ({@code daily}, {@code hourly}, {@code manual}; default {@code daily}).
 */
public record DirectoryFeedRequest(String url, String format, String schedule) {
}
