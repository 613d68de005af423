package org.pathway.matching.domain;

import java.util.List;

/** The activity categories of the matching API, in the order the API lists them. */
public final class Categories {

    public static final String ARTS = "arts";
    public static final String SPORT = "sport";
    public static final String NATURE = "nature";
    public static final String PEER_SUPPORT = "peer-support";
    public static final String BEFRIENDING = "befriending";
    public static final String SKILLS = "skills";
    public static final String SOCIAL = "social";
    public static final String OTHER = "other";

    public static final List<String> ALL =
            List.of(ARTS, SPORT, NATURE, PEER_SUPPORT, BEFRIENDING, SKILLS, SOCIAL, OTHER);

    private Categories() {
    }
}
