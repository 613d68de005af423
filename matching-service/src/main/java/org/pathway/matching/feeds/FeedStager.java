package org.pathway.matching.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pathway.matching.config.MatchingConfig;
import org.pathway.matching.directory.ImportBatch;
import org.pathway.matching.directory.ImportedActivity;
import org.pathway.matching.directory.OpenReferralPage;
import org.pathway.matching.directory.PageShape;

/** Fetches and reads every page of a feed, following {@link FeedPaging}'s rules, saving nothing. */
@ApplicationScoped
public class FeedStager {

    private final FeedClient client;
    private final MatchingConfig.Feeds config;

    public FeedStager(FeedClient client, MatchingConfig config) {
        this.client = client;
        this.config = config.feeds();
    }

    /** @throws FeedUnavailable when a page cannot be had or is not an Open Referral services page */
    StagedFeed stage(String url, FeedFormat format, Map<String, PageValidators> previous) {
        List<StagedPage> pages = new ArrayList<>();
        JsonNode previousServices = null;
        int firstPageEntries = 0;
        int offset = 0;
        for (int number = 1; number <= config.maxPages(); number++) {
            URI uri = FeedPaging.pageUri(url, number, config.pageSize());
            PageValidators known = Optional.ofNullable(previous.get(uri.toString()))
                    .filter(v -> v.usableUnder(OpenReferralPage.MAPPING_RULES)).orElse(null);
            FeedResponse response = fetch(uri, known, number);
            int entries;
            if (response instanceof FeedResponse.NotModified) {
                entries = known.entries();
                pages.add(new StagedPage(number, uri.toString(), offset, null, known));
                previousServices = null;
            } else {
                FeedResponse.Page page = (FeedResponse.Page) response;
                JsonNode services = services(FeedPaging.parse(page.body(), number), format, number);
                if (services.size() > 0 && services.equals(previousServices)) {
                    return new StagedFeed(pages, false);
                }
                entries = services.size();
                ImportBatch batch = OpenReferralPage.read(services);
                pages.add(new StagedPage(number, uri.toString(), offset, batch, new PageValidators(page.etag(),
                        page.lastModified(), ids(batch), entries, OpenReferralPage.MAPPING_RULES)));
                previousServices = services;
            }
            if (number == 1) {
                firstPageEntries = entries;
            }
            if (FeedPaging.isLast(entries, firstPageEntries)) {
                return new StagedFeed(pages, false);
            }
            offset += entries;
        }
        return new StagedFeed(pages, true);
    }

    private FeedResponse fetch(URI uri, PageValidators known, int number) {
        try {
            return client.get(uri, known);
        } catch (FeedUnavailable e) {
            throw new FeedUnavailable("page " + number + ": " + e.getMessage());
        }
    }

    private static JsonNode services(JsonNode page, FeedFormat format, int number) {
        PageShape shape;
        try {
            shape = OpenReferralPage.detect(page);
        } catch (IllegalArgumentException e) {
            throw new FeedUnavailable("page " + number + " is not an Open Referral services page");
        }
        if (!format.accepts(shape) || shape == PageShape.SINGLE_SERVICE) {
            String expected = format == FeedFormat.AUTO ? "a services page" : "an " + format.wire() + " services page";
            throw new FeedUnavailable("page " + number + " is not " + expected + " (it is shaped "
                    + shape.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
        return OpenReferralPage.services(page);
    }

    private static List<String> ids(ImportBatch batch) {
        return batch.activities().stream().map(ImportedActivity::externalId).toList();
    }
}
