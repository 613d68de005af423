package org.pathway.reporting.domain.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /extracts/dictionary}: every variable of the three extracts. {@code ExtractDictionaryTest} checks
 * it names exactly the components of {@link ParticipantLine}, {@link MeasureLine} and {@link SessionLine}.
 */
public final class ExtractDictionary {

    public static final String PARTICIPANTS = "participants";
    public static final String MEASURES = "measures";
    public static final String SESSIONS = "sessions";

    private static final String STAGE = "calendar date (UTC) the participant first reached this stage, from the event "
            + "that records it; empty if not reached, or reached after a withdrawal of consent";
    private static final String DAY = "day";
    private static final String PENCE = "pence";

    private static final List<DictionaryEntry> ENTRIES = build();

    private ExtractDictionary() {
    }

    public static List<DictionaryEntry> entries() {
        return ENTRIES;
    }

    private static List<DictionaryEntry> build() {
        List<DictionaryEntry> entries = new ArrayList<>();
        for (String extract : List.of(PARTICIPANTS, MEASURES, SESSIONS)) {
            entries.add(new DictionaryEntry(extract, "studyId", "text", "", "",
                    "the participant's study id: HMAC-SHA-256 of their pseudonym under the reporting service's key, "
                            + "S- and 16 hex digits; the same in every extract, not the pseudonym the events carry"));
            entries.add(new DictionaryEntry(extract, "site", "text", "", "north-london|cardiff-vale|...",
                    "the site that referred the participant (the measure or session was recorded there)"));
        }
        participants(entries);
        entries.add(new DictionaryEntry(MEASURES, "instrument", "text", "", "SWEMWBS|RCADS25|ONS4",
                "the questionnaire completed"));
        entries.add(new DictionaryEntry(MEASURES, "timepoint", "text", "", "baseline|3m|6m",
                "the timepoint the link worker recorded the questionnaire at"));
        entries.add(new DictionaryEntry(MEASURES, "completedOn", "date", DAY, "",
                "the date the questionnaire was completed"));
        entries.add(new DictionaryEntry(MEASURES, "scoreName", "text", "",
                "rawTotal|metricScore|anxiety|depression|total|lifeSatisfaction|worthwhile|happiness",
                "the computed score (item answers are not kept): SWEMWBS rawTotal, metricScore; RCADS25 anxiety, "
                        + "depression, total; ONS4 lifeSatisfaction, worthwhile, happiness, anxiety"));
        entries.add(new DictionaryEntry(MEASURES, "score", "number", "instrument's scale", "",
                "the score's value as engagement-service computed it"));
        entries.add(new DictionaryEntry(SESSIONS, "kind", "text", "", "activity|link-worker",
                "an activity session a provider reported, or a link-worker session"));
        entries.add(new DictionaryEntry(SESSIONS, "sessionDate", "date", DAY, "", "the date of the session"));
        entries.add(new DictionaryEntry(SESSIONS, "status", "text", "", "attended|missed|cancelled",
                "activity: as the provider reported it (cancelled: the provider cancelled, not offered); "
                        + "link-worker: empty"));
        entries.add(new DictionaryEntry(SESSIONS, "activityCategory", "text", "",
                "arts|sport|nature|peer-support|befriending|skills|social|other",
                "activity: the category of the placement the session belongs to; empty when unknown or link-worker"));
        entries.add(new DictionaryEntry(SESSIONS, "costPerSessionPence", "integer", PENCE, "",
                "activity: the price of the session the provider reported; link-worker: empty"));
        entries.add(new DictionaryEntry(SESSIONS, "minutes", "integer", "minute", "",
                "link-worker: length of the session; activity: empty"));
        entries.add(new DictionaryEntry(SESSIONS, "mode", "text", "", "phone|video|in-person|text",
                "link-worker: how the session was held; activity: empty"));
        return List.copyOf(entries);
    }

    private static void participants(List<DictionaryEntry> entries) {
        entries.add(new DictionaryEntry(PARTICIPANTS, "arm", "text", "", "pathway|comparison",
                "the study arm: pathway (referred and offered the pathway) or comparison (registered on the site's "
                        + "waiting list before the pathway started there, questionnaires only; referredOn is the "
                        + "registration date); the reports of the pathway count the pathway arm only"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "referredOn", "date", DAY, "",
                "the referral date (the earliest, if several referral events); extracts filter on it"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "ageAtReferral", "integer", "year", "",
                "age in whole years on the referral date, as referral-service worked it out (no date of birth)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "gender", "text", "", "",
                "gender as the referral gave it; empty when not given"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "ethnicCategory", "text", "",
                "A|B|C|D|E|F|G|H|J|K|L|M|N|P|R|S|Z|99", "NHS Data Dictionary ethnic category; empty when unknown"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "deprivationDecile", "integer", "", "1|2|3|4|5|6|7|8|9|10",
                "index of multiple deprivation decile of the home area (1 most deprived; England IoD, Wales WIMD); "
                        + "empty when unknown"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "postcodeDistrict", "text", "", "",
                "the outward code of the home postcode (e.g. N1, CF10), never the full postcode; empty when unknown"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "presentingNeeds", "text", "", "anxiety|depression|trauma|...",
                "the referral's presenting needs, separated by |"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "acceptedOn", "date", DAY, "", STAGE + " (referral accepted)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "declinedOn", "date", DAY, "", STAGE + " (referral declined)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "contactedOn", "date", DAY, "", STAGE + " (first link-worker contact)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "placedOn", "date", DAY, "", STAGE + " (placement confirmed)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "firstAttendedOn", "date", DAY, "",
                "date of the first attended activity session; empty if none"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "connectedOn", "date", DAY, "", STAGE + " (engagement status CONNECTED)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "engagedOn", "date", DAY, "", STAGE + " (engagement status ENGAGED)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "sustainedOn", "date", DAY, "", STAGE + " (engagement status SUSTAINED)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "withdrawnOn", "date", DAY, "",
                "date consent was withdrawn with scope future (nothing dated after it is in any extract); a participant "
                        + "who withdrew with scope all is in no extract"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "withdrawalScope", "text", "", "future",
                "the scope of the withdrawal; empty if none"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "closedOn", "date", DAY, "", STAGE + " (referral closed)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "sessionsAttended", "integer", "session", "",
                "activity sessions attended, any date: the attended rows of the sessions extract"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "attendedInWindow", "integer", "session", "",
                "activity sessions attended from placedOn up to, not including, placedOn + 84 days"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "missedInWindow", "integer", "session", "",
                "activity sessions missed in the same window (adherent: attended ≥ half of attended + missed, and ≥ 1)"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "activityPence", "integer", PENCE, "",
                "Σ costPerSessionPence of the attended activity sessions"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "linkWorkerMinutes", "integer", "minute", "",
                "Σ minutes of the link-worker sessions"));
        entries.add(new DictionaryEntry(PARTICIPANTS, "linkWorkerHourlyRatePence", "integer", "pence per hour", "",
                "the site's link-worker hourly rate, the cost report's price of link-worker time (a site setting)"));
    }
}
