package org.pathway.matching.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pathway.matching.domain.Categories;

/**
 * Maps directory taxonomy terms (free text in most UK directories, e.g. "Sport and physical
 * activity", "Arts & crafts") to our categories by keyword. Keywords match whole words, with an
 * optional plural "s". Categories are tried in the order below so that the more specific
 * wins: "peer support group" is peer-support, "martial arts" is sport, not arts.
 */
final class TaxonomyCategories {

    private static final Map<String, List<Pattern>> KEYWORDS = new LinkedHashMap<>();

    static {
        add(Categories.PEER_SUPPORT, "peer support", "peer-support", "support group", "mutual support",
                "self-help group");
        add(Categories.BEFRIENDING, "befriending", "befriender", "mentoring", "mentor", "buddy");
        add(Categories.SPORT, "sport", "physical activity", "exercise", "fitness", "football", "swimming",
                "gym", "martial arts", "athletics", "cycling", "climbing");
        add(Categories.NATURE, "outdoor", "nature", "green", "gardening", "garden", "allotment", "conservation",
                "wildlife", "environment", "forest school", "farm");
        add(Categories.ARTS, "art", "creative", "creativity", "music", "drama", "theatre", "dance", "craft",
                "photography", "culture", "writing");
        add(Categories.SKILLS, "training", "skill", "education", "employment", "learning", "volunteering",
                "cooking", "digital", "career");
        add(Categories.SOCIAL, "social", "youth club", "youth group", "community group", "games", "leisure");
    }

    private TaxonomyCategories() {
    }

    /** The category of the first term that matches any keyword; empty when none does. */
    static Optional<String> categoryFor(List<String> terms) {
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, List<Pattern>> e : KEYWORDS.entrySet()) {
                if (e.getValue().stream().anyMatch(p -> p.matcher(t).find())) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static void add(String category, String... keywords) {
        KEYWORDS.put(category, Arrays.stream(keywords)
                .map(k -> Pattern.compile("(?<![a-z])" + Pattern.quote(k) + "s?(?![a-z])"))
                .toList());
    }
}
