package org.pathway.matching.directory;

import java.util.List;
import java.util.Optional;
import org.pathway.matching.domain.Categories;

/**
 * The one place that decides what ages and category an imported service gets, from what the
 * directory says about it: its name, description, taxonomy terms and stated ages. The mapping
 * calls nothing else for these, so inferring ages or a category from the text, or holding a
 * service back for review, plugs in here and reaches both the pushed import and the feed syncs.
 */
final class ServiceSuitability {

    /** What the directory states about one service, HTML already turned into text. */
    record Facts(String name, String description, List<String> taxonomyTerms, AgeLimits statedAges) {

        Facts {
            taxonomyTerms = List.copyOf(taxonomyTerms);
        }
    }

    /**
     * The ages and category the activity gets; {@code needsReview} holds it back from recommendations
     * until a person has looked at it.
     */
    record Decision(int minAge, int maxAge, String category, boolean needsReview) {
    }

    private ServiceSuitability() {
    }

    static Decision decide(Facts facts, List<String> notes) {
        AgeLimits ages = facts.statedAges();
        return new Decision(ages.min(), ages.max(), category(facts.taxonomyTerms(), notes), false);
    }

    private static String category(List<String> terms, List<String> notes) {
        Optional<String> category = TaxonomyCategories.categoryFor(terms);
        if (category.isEmpty()) {
            notes.add(terms.isEmpty() ? "no taxonomy terms, filed as other"
                    : "no taxonomy term matched a category, filed as other");
        }
        return category.orElse(Categories.OTHER);
    }
}
