package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.matching.feeds.FeedPages;
import org.pathway.matching.feeds.FeedPages.RealPage;

/**
 * Two real council directory pages (the first 50 services of each file in
 * {@code src/test/resources/real-feeds/}): no service whose
 * ages or text say it is for adults or over-16s — found by reading each one, listed in
 * {@code adults-or-over-16.csv} — comes out as an activity a 12-year-old could be recommended.
 */
class RealFeedScreeningTest {

    static final String PAGES = "/real-feeds/";

    @Test
    void noServiceForAdultsOrOver16sIsRecommendableToA12YearOld() {
        List<ImportedActivity> recommendable = new ArrayList<>();
        for (RealPage page : FeedPages.READ_BY_HAND) {
            recommendable.addAll(screen(page));
        }

        assertThat(recommendable).extracting(ImportedActivity::externalId).doesNotContainAnyElementsOf(adultsOrOver16());
        assertThat(recommendable).as("the pages also hold services for children").isNotEmpty();
    }

    /**
     * The pages the feed syncs read (North Lincolnshire's first 32, Bristol's first 100): every service
     * is imported, left out with its reason, or refused as an error; none is lost. Prints the counts
     * the README gives per page.
     */
    @Test
    void everyServiceOfTheSyncedPagesIsImportedOrReportedWithWhy() {
        for (RealPage page : List.of(FeedPages.NORTH_LINCOLNSHIRE, FeedPages.BRISTOL)) {
            ImportBatch batch = OpenReferralPage.read(FeedPages.array(page));
            long notActivities = batch.skips().stream()
                    .filter(s -> s.reason().startsWith("not a community activity: ")).count();
            long over25 = batch.skips().stream().filter(s -> s.reason().contains("minimum age above 25")).count();

            assertThat(batch.activities().size() + batch.skipped() + batch.errors().size()).isEqualTo(page.size());
            assertThat(notActivities + over25).as("every skip says why").isEqualTo(batch.skipped());
            System.out.printf("%s: %d services, %d imported (needsReview %d), skipped %d (not a community activity %d,"
                            + " over 25 only %d), %d errors%n", page.files().get(0), page.size(),
                    batch.activities().size(), batch.activities().stream().filter(a -> a.screening().needsReview())
                            .count(), batch.skipped(), notActivities, over25, batch.errors().size());
        }
    }

    private static List<ImportedActivity> screen(RealPage page) {
        ImportBatch batch = OpenReferralPage.read(FeedPages.array(page));

        List<ImportedActivity> recommendableAt12 = batch.activities().stream()
                .filter(a -> !a.screening().needsReview() && a.activity().minAge() <= 12 && a.activity().maxAge() >= 12)
                .toList();
        long needsReview = batch.activities().stream().filter(a -> a.screening().needsReview()).count();
        long fromText = batch.activities().stream()
                .filter(a -> a.screening().ageEvidence().startsWith("from the text")).count();
        System.out.printf("%s: %d imported, %d skipped, %d errors; ages from the text %d, needsReview %d,"
                        + " recommendable at 12: %d%n", page, batch.activities().size(), batch.skipped(),
                batch.errors().size(), fromText, needsReview, recommendableAt12.size());
        return recommendableAt12;
    }

    /** The directory ids of the services read as being for adults or over-16s. */
    static Set<String> adultsOrOver16() {
        try (InputStream in = RealFeedScreeningTest.class.getResourceAsStream(PAGES + "adults-or-over-16.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("id,"))
                    .map(l -> l.split(",")[0]).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
