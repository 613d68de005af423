package org.pathway.matching.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.pathway.matching.domain.Categories;

/**
 * Files a directory service under one of our categories from its name and description, for the
 * many feeds without taxonomy terms, or finds it is {@linkplain #NOT_AN_ACTIVITY not a community
 * activity at all}. A fixed table of weighted keywords per outcome, nothing learned at run time and
 * nothing called over the network: a keyword in the name counts {@value #NAME_WEIGHT} times its
 * weight, in the description once. About 40 % of a council directory is no activity (home care,
 * GP surgeries, advice, advocacy, food banks, helplines): those services have keywords of their own,
 * so they are recognised as what they are instead of filed under the category of a word they
 * happen to use. The best score wins; ties go to the outcome listed first (every activity category
 * before {@link #NOT_AN_ACTIVITY}); no keyword at all is {@code other}, an activity of no
 * particular kind.
 *
 * <p>Measured on hand-labelled real services ({@code src/test/resources/labelled/},
 * {@code CategoryClassifierAccuracyTest}); the matching README has the confusion table.
 */
final class CategoryClassifier {

    static final int NAME_WEIGHT = 3;

    /**
     * The outcome for a service that is no community activity (a care, health, advice or
     * information service): never imported as an activity.
     */
    static final String NOT_AN_ACTIVITY = "not-an-activity";

    /** The category chosen (or {@link #NOT_AN_ACTIVITY}) and the keywords that chose it. */
    record Classification(String category, String evidence) {

        boolean isActivity() {
            return !NOT_AN_ACTIVITY.equals(category);
        }
    }

    private record Keyword(String word, int weight, Pattern pattern) {
    }

    private static final Map<String, List<Keyword>> KEYWORDS = new LinkedHashMap<>();

    static {
        add(Categories.PEER_SUPPORT, 3, "peer group", "peer groups", "mental health group", "wellbeing group",
                "talking and listening", "peer support", "peer-support", "support group", "self-help group",
                "mutual support", "grief cafe", "bereavement cafe", "alcoholics anonymous", "aa meeting",
                "narcotics anonymous", "mental health mates");
        add(Categories.PEER_SUPPORT, 2, "parent carers", "support network", "share their experiences", "share their own experiences",
                "siblings group", "memory cafe", "memory café", "peer supporters", "young carers", "share experiences", "carers group",
                "recovery group");
        add(Categories.PEER_SUPPORT, 1, "meet other", "meet others");
        add(Categories.BEFRIENDING, 3, "befriending", "befriender", "befrienders", "good neighbour", "good neighbours",
                "telephone friendship");
        add(Categories.BEFRIENDING, 2, "buddy", "buddies", "mentor", "mentoring", "mentors", "companionship",
                "companion", "companions");
        add(Categories.BEFRIENDING, 1, "lonely", "isolated", "isolation");
        add(Categories.SPORT, 3, "football", "footy", "netball", "rugby", "tennis", "table tennis", "badminton",
                "squash", "bowls", "archery", "karate", "taekwondo", "judo", "boxing", "martial arts", "yoga",
                "pilates", "tai chi", "zumba", "aerobics", "swimming", "leisure centre", "cycling", "walking group",
                "running", "athletics", "physical activity", "keep fit", "paracise", "hiit", "kurling", "climbing",
                "golf", "nordic walking", "gliding", "basketball", "volleyball", "hockey", "dodgeball", "trampolining",
                "gymnastics", "qi gong", "skateboarding", "dance fitness", "taiji", "sailing", "paddling", "canoeing",
                "kayaking", "rowing", "paddleboarding");
        add(Categories.SPORT, 2, "sport", "sports", "gym", "fitness", "exercise", "workout", "swim", "walks",
                "walking", "curling", "fishing", "fishery", "chair based", "chair-based");
        add(Categories.SPORT, 1, "cricket", "exercises", "pool", "cycle", "active", "movement", "strength", "stamina",
                "flexibility");
        add(Categories.NATURE, 3, "nature", "nature reserve", "gardening", "allotment", "allotments", "green gym",
                "green gyms", "conservation", "wildlife", "city farm", "birdwatching");
        add(Categories.NATURE, 2, "garden", "farm", "forest", "woodland", "growing");
        add(Categories.NATURE, 1, "gardens", "outdoors", "outdoor", "park", "environment");
        add(Categories.ARTS, 3, "choir", "choral", "concert", "concerts", "ballet", "morris", "drama", "theatre",
                "cinema", "photography", "painting", "drawing", "sewing", "stitch", "stitching", "knitting", "crochet",
                "pottery", "ceramics", "sculpture", "sculptures", "poetry", "museum", "exhibition", "songwriter",
                "comedy", "jewellery", "amateur dramatics", "songwriting", "audiences");
        add(Categories.ARTS, 2, "art", "arts", "craft", "crafts", "music", "musical", "musicians", "sing", "singing",
                "band", "gig", "folk", "guitar", "dance", "dancing", "dancers", "film", "films", "willow", "creative",
                "creativity", "writing", "lecture", "album", "albums", "acoustic", "heritage", "productions", "plays",
                "vocals", "musician", "gigs");
        add(Categories.ARTS, 1, "songs", "rock", "blues", "makaton", "performance", "performances", "show", "story");
        add(Categories.SKILLS, 3, "esol", "english classes", "computer", "ipad", "employment", "job club",
                "volunteers wanted", "lip reading", "lipreading");
        add(Categories.SKILLS, 2, "course", "courses", "learn", "learning", "lessons", "training", "skills", "skill",
                "cooking", "cook", "digital", "tablet", "job", "jobs", "cv", "careers", "volunteering",
                "qualification", "qualifications", "parenting", "mindfulness", "budgeting");
        add(Categories.SKILLS, 1, "class", "classes", "workshop", "workshops", "computers", "volunteer", "education");
        add(Categories.SOCIAL, 3, "coffee morning", "lunch club", "meet new people", "community cafe", "hang out",
                "youth club", "warm space", "warm spaces", "welcoming space", "welcome space", "warm welcome",
                "community warm space", "day club", "women's institute", "stay and play", "soft play", "youth group",
                "whist", "dominoes", "card games", "board games", "chess", "scrabble");
        add(Categories.SOCIAL, 2, "social", "socialise", "socialising", "chat", "cuppa", "friendship",
                "make new friends", "cafe", "café", "bingo", "quiz", "party", "interest groups", "u3a", "wi",
                "get together", "toddler", "breakfast", "community session");
        add(Categories.SOCIAL, 1, "coffee", "tea", "lunch", "club", "friendly", "friends", "drop in", "drop-in",
                "games", "society", "meet", "meets", "meetings", "welcome");
        add(Categories.OTHER, 3, "market", "fun day");
        add(NOT_AN_ACTIVITY, 3, "art therapy", "psychotherapy", "community shop", "food provision",
                "community safety", "safer neighbourhoods", "education team", "for hire", "available to hire",
                "venue hire", "hate crime", "hate speech", "toolkit", "communication aids", "mobility scooters",
                "library of things", "advocacy", "homecare", "home care", "gp", "health visitor", "helpline", "foodbank",
                "food bank", "pantry", "larder", "baby bank", "housing", "transport", "respite", "sexual health",
                "healthwatch", "cleaning", "cleaners", "breastfeeding welcome", "debt", "online resource", "portal",
                "guide dogs", "day centre", "newspaper", "hoarding");
        add(NOT_AN_ACTIVITY, 2, "advice", "advocate", "nhs", "clinic", "clinics", "hospital", "counselling",
                "telephone support", "grants", "benefits", "homeless", "crisis", "vehicles", "campaign", "campaigning",
                "diagnose", "diagnosis", "treatment", "residential", "nursing", "drug", "substance", "research",
                "equality", "rights", "legal", "massage", "foot", "screening", "community centre", "hatred",
                "discrimination", "meals", "equipment", "self-management", "homelessness", "abuse", "victims",
                "survivors", "shop");
        add(NOT_AN_ACTIVITY, 1, "care", "carers", "therapy", "therapies", "information", "signposting", "alcohol",
                "charity", "support", "service", "services", "dementia", "disability", "disabled", "venues", "hub",
                "pensioners", "hearing", "sight", "autism", "autistic", "delivery", "deliver", "website", "hire");
    }

    private CategoryClassifier() {
    }

    static Classification classify(String name, String description) {
        String n = lower(name);
        String d = lower(description);
        String best = Categories.OTHER;
        int bestScore = 0;
        List<String> bestWords = List.of();
        for (Map.Entry<String, List<Keyword>> category : KEYWORDS.entrySet()) {
            int score = 0;
            List<String> words = new ArrayList<>();
            for (Keyword k : category.getValue()) {
                boolean inName = k.pattern().matcher(n).find();
                boolean inDescription = k.pattern().matcher(d).find();
                score += (inName ? NAME_WEIGHT * k.weight() : 0) + (inDescription ? k.weight() : 0);
                if (inName || inDescription) {
                    words.add("\"" + k.word() + "\"");
                }
            }
            if (score > bestScore) {
                best = category.getKey();
                bestScore = score;
                bestWords = words;
            }
        }
        if (bestScore == 0) {
            return new Classification(Categories.OTHER, "no keyword of any category in the name or description");
        }
        String mentioned = "name and description mention "
                + String.join(", ", bestWords.subList(0, Math.min(4, bestWords.size())));
        return new Classification(best, best.equals(NOT_AN_ACTIVITY) ? "not a community activity: " + mentioned
                : mentioned);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static void add(String category, int weight, String... words) {
        List<Keyword> list = KEYWORDS.computeIfAbsent(category, c -> new ArrayList<>());
        for (String word : words) {
            list.add(new Keyword(word, weight, Pattern.compile("(?<![a-z])" + Pattern.quote(word) + "(?![a-z])")));
        }
    }
}
