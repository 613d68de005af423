package org.pathway.matching.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The real feed files in {@code src/test/resources/feeds/} (see SOURCES.md there), and the paging
 * wrappers real feeds put around them.
 */
public final class FeedPages {

    public static final String NORTH_LINCOLNSHIRE = "north-lincolnshire-services-first-32.json";
    public static final String BRISTOL = "bristol-services-first-100.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedPages() {
    }

    /** The services of a file, in feed order. */
    public static List<JsonNode> services(String file) {
        try (InputStream in = FeedPages.class.getResourceAsStream("/feeds/" + file)) {
            List<JsonNode> services = new ArrayList<>();
            JSON.readTree(in).forEach(services::add);
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The services of a file with each id prefixed by {@code tag}: every test syncs its own copy, since
     * a directory id names one activity per site whichever feed brought it.
     */
    public static List<JsonNode> services(String file, String tag) {
        List<JsonNode> services = services(file);
        services.forEach(s -> {
            if (s.isObject() && s.hasNonNull("id")) {
                ((ObjectNode) s).put("id", tag + ":" + s.get("id").asText());
            }
        });
        return services;
    }

    /** ORUK v1 pages ({@code content}, {@code totalElements}, ...) of {@code size}, numbered from 1. */
    public static IntFunction<FeedServer.Answer> orukV1(List<JsonNode> services, int size, int claimedTotal) {
        return page -> {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("totalElements", claimedTotal);
            wrapper.put("totalPages", (claimedTotal + size - 1) / size);
            wrapper.put("number", page);
            wrapper.put("size", size);
            wrapper.put("first", page == 1);
            wrapper.put("last", page * size >= claimedTotal);
            wrapper.set("content", slice(services, page, size));
            return FeedServer.Answer.json(wrapper.toString());
        };
    }

    /** HSDS 3.0 pages ({@code contents}, {@code total_items}, ...) of {@code size}, numbered from 1. */
    public static IntFunction<FeedServer.Answer> hsds3(List<JsonNode> services, int size, int claimedTotal) {
        return page -> {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("total_items", claimedTotal);
            wrapper.put("total_pages", (claimedTotal + size - 1) / size);
            wrapper.put("page_number", page);
            wrapper.put("size", size);
            wrapper.put("first_page", page == 1);
            wrapper.put("last_page", page * size >= claimedTotal);
            wrapper.put("empty", slice(services, page, size).isEmpty());
            wrapper.set("contents", slice(services, page, size));
            return FeedServer.Answer.json(wrapper.toString());
        };
    }

    /** The whole list as a bare array, whatever page is asked for (a feed that ignores paging). */
    public static IntFunction<FeedServer.Answer> bareArray(List<JsonNode> services) {
        ArrayNode all = JSON.createArrayNode().addAll(services);
        return page -> FeedServer.Answer.json(all.toString());
    }

    private static ArrayNode slice(List<JsonNode> services, int page, int size) {
        int from = Math.min((page - 1) * size, services.size());
        int to = Math.min(from + size, services.size());
        return JSON.createArrayNode().addAll(services.subList(from, to));
    }
}
