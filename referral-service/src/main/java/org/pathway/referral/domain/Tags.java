package org.pathway.referral.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Interests and accessibility needs as the events carry them: lower-case words joined by single
 * spaces or hyphens, at most {@link #MAX_LENGTH} characters, each once. Trusts type them freely
 * ("Art & Crafts", "Step-free "); matching compares them as tags.
 */
public final class Tags {

    public static final int MAX_LENGTH = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 -]+");
    private static final Pattern HYPHENS = Pattern.compile("\\s*-[\\s-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[ -]+|[ -]+$");

    private Tags() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String tag = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
        tag = HYPHENS.matcher(tag).replaceAll("-");
        tag = SPACES.matcher(tag).replaceAll(" ");
        tag = EDGES.matcher(tag).replaceAll("");
        if (tag.length() > MAX_LENGTH) {
            tag = EDGES.matcher(tag.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return tag;
    }

    /** Normalised, without empties or repeats, in first-seen order; null is an empty list. */
    public static List<String> normalise(Collection<String> texts) {
        if (texts == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String text : texts) {
            String tag = normalise(text);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }
}
