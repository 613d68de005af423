package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.matching.domain.Categories;

/**
 * Measures {@link CategoryClassifier} against real services from two councils' public directory
 * feeds, each labelled by hand from its name and description with one of our categories or
 * {@value CategoryClassifier#NOT_AN_ACTIVITY} ({@code src/test/resources/labelled/}, sources and
 * labelling rules in {@code SOURCES.md} there).
 *
 * <p>Sets: {@code rules-written-after-reading}, {@code unseen}, {@code held-out-1} and
 * {@code held-out-2} were read while the keyword table was written (each held-out set was labelled
 * after one round of the table was frozen, measured, then read for the next round), so their
 * accuracy is partly in-sample; {@value #HELD_OUT} (services of feed pages nobody had read) was
 * drawn and labelled after the last round was frozen, without running the classifier on them: its
 * accuracy is the honest out-of-sample figure. The README's confusion tables are printed by this test.
 */
class CategoryClassifierAccuracyTest {

    static final List<String> FILES = List.of("north-lincolnshire-rules", "bristol-rules",
            "north-lincolnshire-unseen", "bristol-unseen", "north-lincolnshire-held-out-1", "bristol-held-out-1",
            "north-lincolnshire-held-out-2", "bristol-held-out-2", "north-lincolnshire-held-out-3", "bristol-held-out-3");
    /** The services labelled after the keyword table was last frozen. */
    static final String HELD_OUT = "held-out-3";
    static final List<String> OUTCOMES = Stream.concat(Categories.ALL.stream(),
            Stream.of(CategoryClassifier.NOT_AN_ACTIVITY)).toList();

    record Labelled(String id, String name, String description, String category, String set) {
    }

    private static List<Labelled> sample;

    @BeforeAll
    static void readLabels() throws IOException {
        List<Labelled> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = CategoryClassifierAccuracyTest.class.getResourceAsStream("/labelled/" + file + ".json")) {
                all.addAll(new ObjectMapper().readValue(in, new TypeReference<List<Labelled>>() { }));
            }
        }
        sample = List.copyOf(all);
    }

    @Test
    void labelsAtLeast150RealServicesWithOurCategoriesOrNotAnActivity() {
        assertThat(sample).hasSizeGreaterThanOrEqualTo(150);
        assertThat(sample).extracting(Labelled::category).allMatch(OUTCOMES::contains);
        assertThat(sample).extracting(Labelled::id).doesNotHaveDuplicates();
    }

    @Test
    void filesAtLeast85PercentOfTheLabelledServicesCorrectly() {
        printConfusionTable();

        assertThat(accuracy(s -> true)).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The honest figure: 78.1 % (50 / 64) on the services labelled after the table was last frozen,
     * short of the 85 % aimed at (the README says so); this keeps it from getting worse.
     */
    @Test
    void filesAtLeast75PercentOfTheServicesLabelledAfterTheRulesWereFrozenCorrectly() {
        assertThat(sample.stream().filter(s -> s.set().equals(HELD_OUT)).count()).isGreaterThanOrEqualTo(60);

        assertThat(accuracy(s -> s.set().equals(HELD_OUT))).isGreaterThanOrEqualTo(0.75);
    }

    /** What the site sees as {@code other}: at most 15 % of the services, held-out ones too. */
    @Test
    void filesAtMost15PercentOfTheServicesAsOther() {
        assertThat(share(s -> true, Categories.OTHER)).isLessThanOrEqualTo(0.15);
        assertThat(share(s -> s.set().equals(HELD_OUT), Categories.OTHER)).isLessThanOrEqualTo(0.15);
    }

    /**
     * A community activity taken for no activity is left out of the catalogue (reported as
     * skipped): the classifier may do that to at most one labelled activity in ten.
     */
    @Test
    void leavesOutAtMostOneActivityInTenAsNoActivity() {
        List<Labelled> activities = sample.stream()
                .filter(s -> !s.category().equals(CategoryClassifier.NOT_AN_ACTIVITY)).toList();
        long leftOut = activities.stream().filter(s -> !predict(s).isActivity()).count();

        assertThat(leftOut / (double) activities.size()).isLessThanOrEqualTo(0.10);
    }

    private static double accuracy(Predicate<Labelled> which) {
        List<Labelled> part = sample.stream().filter(which).toList();
        return part.stream().filter(s -> predict(s).category().equals(s.category())).count() / (double) part.size();
    }

    private static double share(Predicate<Labelled> which, String filed) {
        List<Labelled> part = sample.stream().filter(which).toList();
        return part.stream().filter(s -> predict(s).category().equals(filed)).count() / (double) part.size();
    }

    private static CategoryClassifier.Classification predict(Labelled s) {
        return CategoryClassifier.classify(s.name(), s.description());
    }

    private static void printConfusionTable() {
        for (String set : List.of("all", HELD_OUT)) {
            Predicate<Labelled> which = s -> set.equals("all") || s.set().equals(set);
            Map<String, Map<String, Integer>> table = new TreeMap<>();
            sample.stream().filter(which).forEach(s ->
                    table.computeIfAbsent(s.category(), k -> new TreeMap<>()).merge(predict(s).category(), 1, Integer::sum));
            StringBuilder out = new StringBuilder(set + ":\n| labelled \\ filed | " + String.join(" | ", OUTCOMES) + " |\n");
            for (String labelled : OUTCOMES) {
                out.append("| ").append(labelled);
                for (String filed : OUTCOMES) {
                    out.append(" | ").append(table.getOrDefault(labelled, Map.of()).getOrDefault(filed, 0));
                }
                out.append(" |\n");
            }
            long n = sample.stream().filter(which).count();
            out.append(String.format(Locale.ROOT, "services %d, accuracy %.3f, filed other %.3f, labelled other %d,"
                    + " labelled no activity %d%n", n, accuracy(which), share(which, Categories.OTHER),
                    sample.stream().filter(which).filter(s -> s.category().equals(Categories.OTHER)).count(),
                    sample.stream().filter(which).filter(s -> s.category().equals(CategoryClassifier.NOT_AN_ACTIVITY))
                            .count()));
            System.out.println(out);
        }
    }
}
