package org.pathway.matching.domain;

import static org.pathway.matching.domain.Categories.ARTS;
import static org.pathway.matching.domain.Categories.BEFRIENDING;
import static org.pathway.matching.domain.Categories.NATURE;
import static org.pathway.matching.domain.Categories.PEER_SUPPORT;
import static org.pathway.matching.domain.Categories.SKILLS;
import static org.pathway.matching.domain.Categories.SOCIAL;
import static org.pathway.matching.domain.Categories.SPORT;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fixed mapping from the interest words referrers write ("art", "football") to activity
 * categories. Deliberately a plain table: a link worker must be able to see why an activity
 * was matched, which rules out fuzzy or learned matching.
 */
public final class InterestCategories {

    private static final Map<String, Set<String>> TABLE = build();

    private InterestCategories() {
    }

    /**
     * Categories an interest points to; empty for an unknown word. Case and a plural "s" do not
     * matter ("Animals", "painting", "paintings").
     */
    public static Set<String> categoriesFor(String interest) {
        if (interest == null) {
            return Set.of();
        }
        String word = interest.trim().toLowerCase(Locale.ROOT);
        Set<String> found = TABLE.get(word);
        if (found == null && word.endsWith("s")) {
            found = TABLE.get(word.substring(0, word.length() - 1));
        }
        return found == null ? Set.of() : found;
    }

    public static Set<String> knownInterests() {
        return TABLE.keySet();
    }

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> t = new HashMap<>();
        put(t, Set.of(ARTS), "art", "arts", "drawing", "painting", "music", "singing", "guitar", "drama",
                "theatre", "acting", "photography", "film", "crafts", "craft", "writing", "poetry", "reading",
                "design", "fashion", "pottery");
        put(t, Set.of(ARTS, SPORT), "dance", "dancing");
        put(t, Set.of(SPORT), "sport", "sports", "football", "swimming", "running", "gym", "fitness",
                "basketball", "netball", "rugby", "cricket", "tennis", "badminton", "boxing", "martial arts",
                "climbing", "cycling", "skateboarding", "yoga", "athletics");
        put(t, Set.of(NATURE), "nature", "outdoors", "gardening", "animals", "wildlife", "conservation",
                "camping", "fishing", "horses", "environment");
        put(t, Set.of(NATURE, SPORT), "walking", "hiking");
        put(t, Set.of(SKILLS), "skills", "cooking", "baking", "coding", "computers", "volunteering",
                "languages", "mechanics", "woodwork", "first aid");
        put(t, Set.of(SOCIAL), "social", "gaming", "games", "board games", "youth club");
        put(t, Set.of(SOCIAL, BEFRIENDING), "friends", "chatting", "talking", "meeting people");
        put(t, Set.of(PEER_SUPPORT), "peer support", "peer-support", "support group");
        put(t, Set.of(BEFRIENDING), "befriending", "mentoring");
        return Map.copyOf(t);
    }

    private static void put(Map<String, Set<String>> t, Set<String> categories, String... words) {
        for (String word : words) {
            if (t.put(word, categories) != null) {
                throw new IllegalStateException("interest word listed twice: " + word);
            }
        }
    }
}
