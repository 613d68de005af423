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
 * The real feed files in {@code src/test/resources/real-feeds/} (see SOURCES.md there), and the
 * paging wrappers real feeds put around them.
 */
public final class FeedPages {

    /** The first {@code size} services of a real feed, kept in one or more files (each under 100 KB), in order. */
    public record RealPage(List<String> files, int size) {
    }

    private static final List<String> NORTH_LINCOLNSHIRE_FILE = List.of("north-lincolnshire-services-1-50.json");
    private static final List<String> BRISTOL_FILE =
            List.of("bristol-services-1-50.json", "bristol-services-51-75.json", "bristol-services-76-100.json");

    /** The page of {@code /work/shared/data/oruk/}. */
    public static final RealPage NORTH_LINCOLNSHIRE = new RealPage(NORTH_LINCOLNSHIRE_FILE, 32);
    public static final RealPage BRISTOL = new RealPage(BRISTOL_FILE, 100);
    /** The 100 services read by hand for {@code adults-or-over-16.csv}. */
    public static final List<RealPage> READ_BY_HAND =
            List.of(new RealPage(NORTH_LINCOLNSHIRE_FILE, 50), new RealPage(BRISTOL_FILE, 50));

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedPages() {
    }

    /** The page's services, in feed order. */
    public static List<JsonNode> services(RealPage page) {
        List<JsonNode> services = new ArrayList<>();
        for (String file : page.files()) {
            try (InputStream in = FeedPages.class.getResourceAsStream("/real-feeds/" + file)) {
                JSON.readTree(in).forEach(services::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(services.subList(0, page.size()));
    }

    /** The page's services as the bare array a feed might answer. */
    public static ArrayNode array(RealPage page) {
        return JSON.createArrayNode().addAll(services(page));
    }

    /**
     * The services of a file with each id prefixed by {@code tag}: every test syncs its own copy, since
     * a directory id names one activity per site whichever feed brought it.
     */
    public static List<JsonNode> services(RealPage page, String tag) {
        List<JsonNode> services = services(page);
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
