package org.pathway.matching.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ages a directory service's own words state: "18+", "over 50s", "aged 16 and above",
 * "for 8 to 12 year olds", "young people aged 11-19", "under 5's", "year 7 to year 11", "adults",
 * "older people". Each statement keeps the phrase it came from, so a reviewer sees why.
 *
 * <p>Safety first: a word that may mean an adult audience counts as one ("adults", "Adults
 * Taekwondo", "Adult £7"), because reading too much only keeps an activity from a child, while
 * reading too little would recommend an adults' service to one. An adult as a companion ("with an
 * adult", "accompanied by a parent or adult", "adult supervision") is no audience; nor are numbers
 * of something else ("over 50 years ago", "2-3 hours", "under 10 minutes").
 */
final class AgeInference {

    /** "18+" has no upper limit; the caller caps it to the pathway's range. */
    static final int NO_LIMIT = 120;
    static final int ADULT = 18;
    static final int OLDER = 50;

    /** An age statement found in the text: a range and the words it came from. */
    record AgeStatement(int min, int max, String evidence) {
    }

    private interface Reading {
        Optional<AgeStatement> read(String text, Matcher m);
    }

    private record Rule(Pattern pattern, Reading reading) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70));
    private static final String N = "(\\d{1,2}|" + String.join("|", WORDS.keySet()) + ")";
    /** The top of a range may be 100 ("all ages from 18 to 100"). */
    private static final String UPPER = "(\\d{1,3}|" + String.join("|", WORDS.keySet()) + ")";
    /** "years" only when it is about age: "over 18 years of age", not "over 50 years ago". */
    private static final String OF_AGE = "(?:\\s*(?:years?|yrs?)\\s*(?:of\\s+age|old)\\b)";
    /** After "over 18" or "under 16": what may follow when the number is an age. */
    private static final Pattern AGE_FOLLOWS = Pattern.compile(
            "^(?:'?s\\b|\\s*$|\\s*[^\\w\\s]|\\s+(?:and|or|only|welcome|who|with|can|are|in|at|to|the|please|club|clubs"
                    + "|group|groups|forum|may|should|will|but|is|for|wanting|looking|living|needing|years? (?:of age|old)"
                    + "|yrs? old)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String YEARS_OLD = "(?:\\s*-?\\s*(?:years?|yrs?)(?:\\s*-?\\s*olds?|\\s+of\\s+age)?)";
    /** What a number counts when it is not ages: "over 50 years" (ago), "2-3 hours", "under 10 people". */
    private static final Pattern NOT_AGES = Pattern.compile(
            "^\\s*(?:(?:years?|yrs?)(?!\\s*(?:-?\\s*olds?|\\s+of\\s+age|\\s+and\\s+(?:over|above|older|upwards)))"
                    + "|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|am\\b|pm\\b|members?|people|persons|volunteers"
                    + "|sessions|miles|km|%|percent|pounds|countries|organisations|charities|times|venues|locations"
                    + "|languages|different|million|thousand|hundred|places|spaces|seats|pupils|participants|cm|kg|metres)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPANION_BEFORE = Pattern.compile(
            "(?:\\b(?:an|a|one|the|responsible|accompanying|supervising|named|by|with)|parent\\s*(?:/|or|and)|carer\\s*(?:/|or|and))\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPANION_AFTER = Pattern.compile(
            "^\\s*(?:supervis|must\\b|will need|needs? to|should|carers? of children|present|helper|volunteer)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE_CONTEXT_BEFORE = Pattern.compile(
            "\\b(?:aged?|ages|age range|for|children|young people|kids|juniors?|pupils)\\s*(?:from|between|of)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESTRICTION_AFTER = Pattern.compile(
            "^[^.;]{0,40}\\b(?:accompan|supervis|with (?:a|an|their) (?:parent|adult|carer)|free\\b|go free|half price)",
            Pattern.CASE_INSENSITIVE);

    private static final List<Rule> RULES = List.of(
            // school years: "year 7 to year 11", "Years 10-13" (year 7 is age 11–12)
            rule("\\b(?:school\\s+)?years?\\s+(\\d{1,2})\\s*(?:-|–|to)\\s*(?:years?\\s+)?(\\d{1,2})\\b",
                    (text, m) -> number(m.group(1)) > 13 || number(m.group(2)) > 13 ? Optional.empty()
                            : statement(text, m, number(m.group(1)) + 4, number(m.group(2)) + 5)),
            // "18–30 months": toddlers
            rule("\\b(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})\\s*months?\\b",
                    (text, m) -> statement(text, m, 0, Math.max(1, number(m.group(2)) / 12))),
            // "aged 8 to 12", "for 8-12 year olds", "ages 11-19", "8 to 12 years", "between 5 and 11 years"
            rule("\\b" + N + "\\s*(?:-|–|—|to|and)\\s*" + UPPER + YEARS_OLD + "?(?![\\w+£:]|\\.\\d|\\s*(?:am|pm)\\b)",
                    AgeInference::numericRange),
            // "18+", "(16+)", "aged 60+"
            rule("\\b" + N + "\\s*\\+", (text, m) -> unlessNotAges(text, m, number(m.group(1)), NO_LIMIT)),
            // "aged 16 and above", "16 years and over", "60 or over"
            rule("\\b" + N + YEARS_OLD + "?\\s*(?:and|&|or)\\s*(?:over|above|older|upwards)\\b",
                    (text, m) -> statement(text, m, number(m.group(1)), NO_LIMIT)),
            // "over 18s", "over the age of 18", "anyone over seven years of age", "Over 50's"
            rule("\\b(?:over|above|older than)\\s+(?:the\\s+age\\s+of\\s+)?" + N + "(?:'?s\\b)?" + OF_AGE + "?",
                    (text, m) -> ageFollows(text, m)
                            ? statement(text, m, number(m.group(1)), NO_LIMIT) : Optional.empty()),
            // "under 5's", "under-16s", "children under 11", but not "under 16s must be accompanied"
            rule("\\bunder(?:\\s+|-)(?:the\\s+age\\s+of\\s+)?" + N + "(?:'?s\\b)?" + OF_AGE + "?",
                    (text, m) -> RESTRICTION_AFTER.matcher(text.substring(m.end())).find() || !ageFollows(text, m)
                            ? Optional.empty() : statement(text, m, 0, number(m.group(1)) - 1)),
            // "aged up to 25", "young people up to 19"
            rule("\\b(?:aged?|people|children|adults)\\s+up\\s+to\\s+(?:the\\s+age\\s+of\\s+)?" + N + YEARS_OLD + "?",
                    (text, m) -> unlessNotAges(text, m, 0, number(m.group(1)))),
            rule("\\b(?:teens|teenagers?|teenage)\\b", (text, m) -> statement(text, m, 13, 19)),
            rule("\\byoung adults?\\b", (text, m) -> statement(text, m, 16, 25)),
            rule("\\b(?:older (?:people|persons|adults|residents|men|women|person)|elderly|pensioners?|retired people"
                    + "|later life|retirement)\\b", (text, m) -> statement(text, m, OLDER, NO_LIMIT)),
            rule("\\badult(?:s|'s|s')?\\b", AgeInference::adults));

    private AgeInference() {
    }

    /** Every age statement in the text, in order of appearance; overlapping phrases count once. */
    static List<AgeStatement> statements(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<int[]> taken = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (taken.stream().noneMatch(t -> start < t[1] && end > t[0])) {
                    Optional<AgeStatement> statement = rule.reading().read(text, m);
                    if (statement.isPresent()) {
                        taken.add(new int[] {start, end});
                        found.add(new Found(start, statement.get()));
                    }
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Found::start)).map(Found::statement).toList();
    }

    /**
     * The ages the name and description state together: the union of every statement (a service
     * "for young siblings (aged 7-17) and adult siblings" takes 7 and up), with up to three phrases
     * as evidence. Empty when the text states none.
     */
    static Optional<AgeStatement> infer(String name, String description) {
        List<AgeStatement> all = new ArrayList<>(statements(name));
        all.addAll(statements(description));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int min = all.stream().mapToInt(AgeStatement::min).min().orElseThrow();
        int max = all.stream().mapToInt(AgeStatement::max).max().orElseThrow();
        List<String> phrases = all.stream().map(s -> "\"" + s.evidence() + "\"").distinct().limit(3).toList();
        return Optional.of(new AgeStatement(min, max, String.join(", ", phrases)));
    }

    private record Found(int start, AgeStatement statement) {
    }

    /** A range of numbers is ages when it says years or follows an age word: "2-4pm" or "10-12 people" is not. */
    private static Optional<AgeStatement> numericRange(String text, Matcher m) {
        boolean saysYears = m.group(0).toLowerCase(Locale.ROOT).matches(".*\\b(?:years?|yrs?)\\b.*");
        boolean ageWordBefore = AGE_CONTEXT_BEFORE.matcher(before(text, m)).find();
        if (!saysYears && !ageWordBefore) {
            return Optional.empty();
        }
        return unlessNotAges(text, m, number(m.group(1)), number(m.group(2)));
    }

    private static Optional<AgeStatement> adults(String text, Matcher m) {
        if (COMPANION_BEFORE.matcher(before(text, m)).find()
                || COMPANION_AFTER.matcher(text.substring(m.end())).find()) {
            return Optional.empty();
        }
        return statement(text, m, ADULT, NO_LIMIT);
    }

    /**
     * "over the age of 18", "over 18s", "over 18, ", "over 50 who": an age; "over 20 gliders",
     * "over 50 years ago": not.
     */
    private static boolean ageFollows(String text, Matcher m) {
        return m.group(0).matches("(?is).*\\bage\\s+of\\b.*|.*(?:'?s|of\\s+age|old)$")
                || AGE_FOLLOWS.matcher(text.substring(m.end())).find();
    }

    private static Optional<AgeStatement> unlessNotAges(String text, Matcher m, int min, int max) {
        return NOT_AGES.matcher(text.substring(m.end())).find() ? Optional.empty() : statement(text, m, min, max);
    }

    private static Optional<AgeStatement> statement(String text, Matcher m, int min, int max) {
        if (min < 0 || max < min) {
            return Optional.empty();
        }
        String phrase = text.substring(m.start(), m.end()).trim().replaceAll("\\s+", " ");
        return Optional.of(new AgeStatement(min, Math.min(max, NO_LIMIT), phrase));
    }

    private static String before(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 30), m.start());
    }

    private static int number(String token) {
        Integer word = WORDS.get(token.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(token);
    }

    private static Rule rule(String regex, Reading reading) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reading);
    }
}
