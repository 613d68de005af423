package org.pathway.local.simulate;

import java.util.List;

/**
 * What the simulation knows about a demo site: the referring trust's organisation code, the postcode
 * districts its young people live in, and the activity catalogue its staff enter. Invented
 * organisations and activities; postcode districts and coordinates are the real areas.
 */
record SiteData(String siteId, String organisationCode, String trustDomain, List<String> districts,
                List<String> languages, List<ActivitySpec> activities) {

    /** One catalogue entry as {@code POST /sites/{siteId}/activities} takes it. */
    record ActivitySpec(String providerId, String providerName, String name, String category, int minAge, int maxAge,
                        String postcode, double latitude, double longitude, String day, String start, String end,
                        int costPerSessionPence, List<String> accessibility, List<String> languages) {
    }

    /**
     * Enough places that no activity fills up during a run: recommendations and placements then do
     * not depend on the order in which concurrent link workers book.
     */
    static final int CAPACITY = 500;

    private static final List<String> STEP_FREE = List.of("step-free");
    private static final List<String> STEP_FREE_LOOP = List.of("step-free", "hearing-loop");

    static final SiteData NORTH_LONDON = new SiteData("north-london", "RNLDEMO", "north-london.example.nhs.uk",
            List.of("N1", "N4", "N5", "N7", "N19", "NW5"), List.of("en"), List.of(
            new ActivitySpec("green-gym", "Green Gym Islington", "Saturday nature club", "nature", 11, 18,
                    "N7 8JL", 51.556, -0.116, "SATURDAY", "10:00", "12:00", 850, STEP_FREE, List.of("en")),
            new ActivitySpec("green-gym", "Green Gym Islington", "Community garden mornings", "nature", 11, 18,
                    "N5 1AA", 51.553, -0.098, "SUNDAY", "10:00", "12:00", 0, List.of(), List.of("en")),
            new ActivitySpec("arts-studio-n1", "Angel Arts Studio", "Drawing and painting studio", "arts", 11, 18,
                    "N1 9GU", 51.538, -0.097, "WEDNESDAY", "16:30", "18:00", 1200, STEP_FREE_LOOP, List.of("en")),
            new ActivitySpec("arts-studio-n1", "Angel Arts Studio", "Music and songwriting", "arts", 13, 18,
                    "N1 7RA", 51.536, -0.103, "THURSDAY", "17:00", "18:30", 1500, STEP_FREE, List.of("en")),
            new ActivitySpec("kick-off-n4", "Kick Off Finsbury Park", "Football for all", "sport", 11, 18,
                    "N4 2DA", 51.570, -0.104, "TUESDAY", "17:00", "18:30", 500, STEP_FREE, List.of("en")),
            new ActivitySpec("kick-off-n4", "Kick Off Finsbury Park", "Climbing wall club", "sport", 12, 18,
                    "N4 3HF", 51.566, -0.108, "FRIDAY", "17:00", "19:00", 1400, STEP_FREE, List.of("en")),
            new ActivitySpec("peer-space", "Peer Space Camden", "Young people's peer group", "peer-support", 11, 18,
                    "NW5 2HX", 51.553, -0.141, "MONDAY", "17:30", "19:00", 0, STEP_FREE_LOOP, List.of("en")),
            new ActivitySpec("peer-space", "Peer Space Camden", "One-to-one befriending", "befriending", 11, 18,
                    "NW5 1TL", 51.552, -0.139, "SATURDAY", "14:00", "15:00", 300, STEP_FREE, List.of("en")),
            new ActivitySpec("skills-hub-n19", "Archway Skills Hub", "Cooking on a budget", "skills", 14, 18,
                    "N19 5RQ", 51.565, -0.130, "WEDNESDAY", "16:00", "18:00", 900, STEP_FREE, List.of("en")),
            new ActivitySpec("skills-hub-n19", "Archway Skills Hub", "Games and youth club", "social", 11, 18,
                    "N19 4DJ", 51.563, -0.132, "FRIDAY", "18:00", "20:00", 200, STEP_FREE_LOOP, List.of("en"))));

    static final SiteData CARDIFF_VALE = new SiteData("cardiff-vale", "CVDEMO", "cardiff-vale.example.wales.nhs.uk",
            List.of("CF3", "CF5", "CF10", "CF11", "CF14", "CF23", "CF24", "CF62", "CF64"), List.of("en", "cy"), List.of(
            new ActivitySpec("bute-park-rangers", "Bute Park Rangers", "Young rangers", "nature", 11, 18,
                    "CF10 3ER", 51.487, -3.186, "SATURDAY", "10:00", "12:30", 600, STEP_FREE, List.of("en", "cy")),
            new ActivitySpec("bute-park-rangers", "Bute Park Rangers", "Wildlife and conservation", "nature", 13, 18,
                    "CF11 9LJ", 51.478, -3.196, "SUNDAY", "10:00", "12:00", 0, List.of(), List.of("en")),
            new ActivitySpec("celf-caerdydd", "Celf Caerdydd", "Arts workshop / Gweithdy celf", "arts", 11, 18,
                    "CF24 4HQ", 51.487, -3.165, "WEDNESDAY", "16:30", "18:00", 1000, STEP_FREE_LOOP,
                    List.of("en", "cy")),
            new ActivitySpec("celf-caerdydd", "Celf Caerdydd", "Drama group", "arts", 12, 18,
                    "CF24 0DE", 51.484, -3.168, "THURSDAY", "17:00", "19:00", 1100, STEP_FREE, List.of("en", "cy")),
            new ActivitySpec("splott-sports", "Splott Sports Club", "Football and futsal", "sport", 11, 18,
                    "CF24 2SS", 51.481, -3.155, "TUESDAY", "17:00", "18:30", 400, STEP_FREE, List.of("en")),
            new ActivitySpec("splott-sports", "Splott Sports Club", "Swimming sessions", "sport", 11, 18,
                    "CF3 4AA", 51.520, -3.130, "FRIDAY", "17:30", "18:30", 700, STEP_FREE, List.of("en", "cy")),
            new ActivitySpec("cyfeillion-ifanc", "Cyfeillion Ifanc", "Peer support group", "peer-support", 11, 18,
                    "CF14 3UZ", 51.510, -3.200, "MONDAY", "17:30", "19:00", 0, STEP_FREE_LOOP, List.of("en", "cy")),
            new ActivitySpec("cyfeillion-ifanc", "Cyfeillion Ifanc", "Befriending", "befriending", 11, 18,
                    "CF5 1QE", 51.485, -3.230, "SATURDAY", "14:00", "15:00", 250, STEP_FREE, List.of("en", "cy")),
            new ActivitySpec("vale-skills", "Vale Skills Centre", "Coding club", "skills", 12, 18,
                    "CF62 7BX", 51.405, -3.270, "WEDNESDAY", "16:00", "18:00", 800, STEP_FREE, List.of("en")),
            new ActivitySpec("vale-skills", "Vale Skills Centre", "Youth club", "social", 11, 18,
                    "CF64 1AB", 51.435, -3.175, "FRIDAY", "18:00", "20:00", 150, STEP_FREE_LOOP, List.of("en", "cy"))));

    static SiteData of(String siteId) {
        return switch (siteId) {
            case "north-london" -> NORTH_LONDON;
            case "cardiff-vale" -> CARDIFF_VALE;
            default -> throw new IllegalArgumentException(
                    "no demo data for site " + siteId + ": the simulation knows north-london and cardiff-vale");
        };
    }

    /** The providers of the catalogue, each once, in catalogue order. */
    List<String> providerIds() {
        return activities.stream().map(ActivitySpec::providerId).distinct().toList();
    }
}
