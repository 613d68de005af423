package org.pathway.matching.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paging rules, the same whatever a publisher calls its wrapper ({@code content} or
 * {@code contents}; {@code totalElements}, {@code total_items} or {@code totalelements};
 * {@code totalPages}, {@code total_pages}; {@code first_page}/{@code last_page}; or a bare array).
 * Totals and last-page flags are not trusted — feeds are known to get them wrong — so a sync
 * asks for page after page and stops on an empty page, a page shorter than the first, or a
 * page that repeats the one before (a feed that ignores the page parameter).
 */
final class FeedPaging {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGING_PARAMETERS = List.of("page", "per_page");

    private FeedPaging() {
    }

    /** The feed URL with {@code page} (counted from 1) and {@code per_page} set, other parameters kept. */
    static URI pageUri(String feedUrl, int page, int size) {
        URI base = URI.create(feedUrl);
        String kept = base.getRawQuery() == null ? "" : Arrays.stream(base.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !PAGING_PARAMETERS.contains(p.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        String query = Stream.of(kept, "page=" + page, "per_page=" + size).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("&"));
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + "?" + query);
    }

    /** The page's JSON; a UTF-8 byte order mark before it is skipped. */
    static JsonNode parse(byte[] body, int page) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            JsonNode json = JSON.readTree(body, start, body.length - start);
            if (json == null || !(json.isObject() || json.isArray())) {
                throw new FeedUnavailable("page " + page + " is not a JSON object or array");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new FeedUnavailable("page " + page + " is not JSON");
        } catch (IOException e) {
            throw new FeedUnavailable("page " + page + " could not be read");
        }
    }

    /** Whether no page comes after one with {@code entries}, given how many the first page had. */
    static boolean isLast(int entries, int firstPageEntries) {
        return entries == 0 || entries < firstPageEntries;
    }
}
