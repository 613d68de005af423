package org.pathway.matching.directory;

import java.util.List;
import java.util.Optional;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.directory.AgeInference.AgeStatement;
import org.pathway.matching.directory.CategoryClassifier.Classification;
import org.pathway.matching.domain.Screening;

/**
 * Who a directory service is for and what kind of activity it is, decided once per service from
 * what the feed parsed: name, description, taxonomy terms and the age limits it stated. Pure code.
 * This is the one place deciding an imported service's ages, category and whether it waits for a
 * person's review; {@link ServiceMapper} calls nothing else for these, so the pushed import and the
 * feed syncs screen every service alike.
 *
 * <p><b>Ages</b>, safe by default for children:
 * <ul>
 *   <li>stated by the feed and not contradicted by the text: the stated range, narrowed by what
 *       the text says ("0–99" and "for adults" is 18 and over);</li>
 *   <li>not stated, but stated in the text ("18+", "aged 11-19", "older people"): the text's;</li>
 *   <li>neither, or the feed and the text disagree (stated 11–18, text "adults only"): the service
 *       {@code needsReview} and is never recommended until a person has reviewed it.</li>
 * </ul>
 * A service whose youngest age is above the pathway's {@value ActivityRequest#MAX_AGE} is out of
 * scope ({@link #outOfScope()}); ranges above it are capped. Each decision keeps its evidence.
 *
 * <p><b>Category</b>: from the feed's taxonomy terms ({@link TaxonomyCategories}) when one
 * matches, else from name and description ({@link CategoryClassifier}), which may find the service
 * is no community activity at all (home care, a GP surgery, advice, a food bank, a helpline):
 * {@link #activity()} false, with the evidence; such a service is not imported as an activity.
 */
record ServiceProfile(int minAge, int maxAge, boolean needsReview, String ageEvidence, String category,
                      String categoryEvidence, boolean outOfScope, boolean activity) {

    static final int CEILING = ActivityRequest.MAX_AGE;

    /** The age range a directory stated, after its own corrections (ceiling applied). */
    record StatedAges(int min, int max) {
    }

    static ServiceProfile of(String name, String description, List<String> taxonomyTerms,
                             Optional<StatedAges> stated) {
        Optional<AgeStatement> text = AgeInference.infer(name, description);
        Classification classification = TaxonomyCategories.categoryFor(taxonomyTerms)
                .map(c -> new Classification(c, "taxonomy term " + matchingTerm(taxonomyTerms, c)))
                .orElseGet(() -> CategoryClassifier.classify(name, description));
        Ages ages = ages(stated, text);
        return new ServiceProfile(ages.min(), ages.max(), ages.needsReview(), ages.evidence(),
                classification.category(), classification.evidence(), ages.min() > CEILING,
                classification.isActivity());
    }

    /** What the import stores beside the activity. */
    Screening screening() {
        return new Screening(needsReview, ageEvidence, categoryEvidence);
    }

    private record Ages(int min, int max, boolean needsReview, String evidence) {
    }

    private static Ages ages(Optional<StatedAges> stated, Optional<AgeStatement> text) {
        if (stated.isEmpty() && text.isEmpty()) {
            return new Ages(0, CEILING, true, "no ages stated by the directory or in the text");
        }
        if (stated.isEmpty()) {
            AgeStatement t = text.get();
            return new Ages(t.min(), Math.min(t.max(), CEILING), false, "from the text: " + t.evidence());
        }
        StatedAges s = stated.get();
        String statedEvidence = "stated by the directory: " + s.min() + "–" + s.max();
        if (text.isEmpty()) {
            return new Ages(s.min(), s.max(), false, statedEvidence);
        }
        AgeStatement t = text.get();
        int min = Math.max(s.min(), t.min());
        int max = Math.min(s.max(), t.max());
        if (min > max) {
            if (t.min() > CEILING) {
                return new Ages(t.min(), t.min(), false, "from the text: " + t.evidence());
            }
            return new Ages(s.min(), s.max(), true,
                    statedEvidence + ", but the text says " + t.evidence());
        }
        if (min == s.min() && max == s.max()) {
            return new Ages(min, max, false, statedEvidence + " (the text agrees: " + t.evidence() + ")");
        }
        return new Ages(min, max, false, statedEvidence + ", narrowed by the text: " + t.evidence());
    }

    private static String matchingTerm(List<String> terms, String category) {
        return terms.stream()
                .filter(term -> TaxonomyCategories.categoryFor(List.of(term)).filter(category::equals).isPresent())
                .findFirst().map(term -> "\"" + term + "\"").orElse("");
    }
}
