package org.pathway.matching.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Our accessibility tags from the free-text accessibility descriptions of directory locations
 * ("Wheelchair access on all levels, induction loop at reception" → step-free, hearing-loop).
 * Only phrases with one clear meaning are recognised; anything else adds no tag.
 */
final class AccessibilityTags {

    private static final Map<String, List<String>> PHRASES = Map.of(
            "step-free", List.of("wheelchair", "step-free", "step free", "level access", "ramp"),
            "hearing-loop", List.of("induction loop", "hearing loop", "loop system"),
            "accessible-toilet", List.of("accessible toilet", "disabled toilet", "accessible wc", "disabled wc"),
            "bsl", List.of("bsl", "british sign language"),
            "sensory-friendly", List.of("quiet room", "sensory", "autism friendly", "autism-friendly"),
            "accessible-parking", List.of("blue badge", "disabled parking", "accessible parking"));

    private static final List<String> ORDER =
            List.of("step-free", "hearing-loop", "accessible-toilet", "bsl", "sensory-friendly", "accessible-parking");

    private AccessibilityTags() {
    }

    static List<String> from(List<String> descriptions) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : ORDER) {
            for (String description : descriptions) {
                String d = description.toLowerCase(Locale.ROOT);
                if (PHRASES.get(tag).stream().anyMatch(d::contains)) {
                    tags.add(tag);
                }
            }
        }
        return List.copyOf(tags);
    }
}
