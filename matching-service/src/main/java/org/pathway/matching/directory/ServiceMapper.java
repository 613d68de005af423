package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pathway.chassis.geo.Postcodes;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.domain.geo.LatLng;

/**
 * Maps one Open Referral service — HSDS 3.0 UK profile or ORUK v1, whose field names mostly
 * agree — to an {@link ActivityRequest}. Where the two differ both are read: ages from
 * {@code minimum_age}/{@code maximum_age} or v1 {@code eligibilitys[]}; addresses from
 * {@code addresses} or v1 {@code physical_addresses}; taxonomy terms from
 * {@code attributes[].taxonomy_term} or v1 {@code service_taxonomys[].taxonomy}; schedules from
 * {@code schedules} or v1 {@code regular_schedules}. Every default or correction is noted.
 */
final class ServiceMapper {

    /** Directories have no capacity; a small-group size the provider can correct afterwards. */
    static final int DEFAULT_CAPACITY = 10;

    private ServiceMapper() {
    }

    static MappingOutcome map(JsonNode service) {
        List<String> notes = new ArrayList<>();
        String id = Json.text(service, "id");
        if (id == null) {
            return new MappingOutcome.Rejected("id missing");
        }
        String name = HtmlText.toPlain(Json.text(service, "name"));
        if (name.isEmpty()) {
            return new MappingOutcome.Rejected("name missing");
        }
        // HSDS spells it "organization"; UK publishers (Buckinghamshire) often write "organisation".
        JsonNode organization = Optional.ofNullable(Json.object(service, "organization"))
                .orElse(Json.object(service, "organisation"));
        String providerName = HtmlText.toPlain(Json.text(organization, "name"));
        if (providerName.isEmpty()) {
            return new MappingOutcome.Rejected("organization name missing");
        }
        AgeLimits ages = AgeLimits.of(service, notes);
        if (ages.problem() != null) {
            return new MappingOutcome.Rejected(ages.problem());
        }
        if (ages.adultsOnly()) {
            return new MappingOutcome.Skipped("minimum age above " + ActivityRequest.MAX_AGE);
        }
        String description = description(service, notes);
        ServiceProfile profile = ServiceProfile.of(name, description, taxonomyTerms(service),
                ages.stated() ? Optional.of(new ServiceProfile.StatedAges(ages.min(), ages.max())) : Optional.empty());
        if (profile.outOfScope()) {
            return new MappingOutcome.Skipped("text says minimum age above " + ActivityRequest.MAX_AGE);
        }
        if (!profile.activity()) {
            return new MappingOutcome.Skipped(profile.categoryEvidence());
        }
        JsonNode location = firstLocation(service);
        if (location == null) {
            notes.add("no location given");
        }
        Optional<LatLng> point = LocationPoint.of(location, notes);
        ActivityRequest request = new ActivityRequest(
                providerId(providerName, Json.text(organization, "id")),
                providerName,
                name,
                profile.category(),
                description,
                profile.minAge(),
                profile.maxAge(),
                postcode(location, notes),
                point.map(LatLng::latitude).orElse(null),
                point.map(LatLng::longitude).orElse(null),
                Schedules.map(service, notes),
                DEFAULT_CAPACITY,
                costPence(service, notes),
                AccessibilityTags.from(accessibilityTexts(location)),
                languages(service, notes),
                active(service, notes));
        return new MappingOutcome.Mapped(request, profile.screening(), notes);
    }

    private static String providerId(String providerName, String organizationId) {
        String slug = ProviderIds.of(providerName);
        return slug.isEmpty() ? ProviderIds.of(organizationId) : slug;
    }

    /** Taxonomy terms from HSDS 3.0 {@code attributes[].taxonomy_term} or v1 {@code service_taxonomys[].taxonomy}. */
    private static List<String> taxonomyTerms(JsonNode service) {
        List<String> terms = new ArrayList<>();
        for (JsonNode attribute : Json.objects(service, "attributes")) {
            JsonNode term = Json.object(attribute, "taxonomy_term");
            addIfPresent(terms, Json.text(term, "term"));
            addIfPresent(terms, Json.text(term, "name"));
        }
        for (JsonNode link : Json.objects(service, "service_taxonomys")) {
            JsonNode taxonomy = Json.object(link, "taxonomy");
            addIfPresent(terms, Json.text(taxonomy, "name"));
            addIfPresent(terms, Json.text(taxonomy, "term"));
        }
        return terms;
    }

    private static String description(JsonNode service, List<String> notes) {
        String text = HtmlText.toPlain(Json.text(service, "description"));
        if (text.isEmpty()) {
            return null;
        }
        int max = ActivityRequest.MAX_DESCRIPTION_LENGTH;
        if (text.length() > max) {
            notes.add("description shortened to " + max + " characters");
            return text.substring(0, max - 1) + "…";
        }
        return text;
    }

    private static JsonNode firstLocation(JsonNode service) {
        return Json.objects(service, "service_at_locations").stream()
                .map(sal -> Json.object(sal, "location"))
                .filter(l -> l != null)
                .findFirst().orElse(null);
    }

    private static String postcode(JsonNode location, List<String> notes) {
        if (location == null) {
            return null;
        }
        List<JsonNode> addresses = new ArrayList<>(Json.objects(location, "physical_addresses"));
        List<JsonNode> hsds = Json.objects(location, "addresses");
        hsds.stream().filter(a -> "physical".equalsIgnoreCase(Json.text(a, "address_type"))).forEach(addresses::add);
        hsds.stream().filter(a -> !"physical".equalsIgnoreCase(Json.text(a, "address_type"))).forEach(addresses::add);
        String raw = addresses.stream().map(a -> Json.text(a, "postal_code")).filter(p -> p != null)
                .findFirst().orElse(null);
        if (raw == null) {
            notes.add("no postcode given");
            return null;
        }
        Optional<String> postcode = Postcodes.normalise(raw);
        if (postcode.isEmpty()) {
            notes.add("postcode not a UK format, dropped");
        }
        return postcode.orElse(null);
    }

    private static List<String> accessibilityTexts(JsonNode location) {
        List<String> texts = new ArrayList<>();
        for (JsonNode a : Json.objects(location, "accessibility")) {
            addIfPresent(texts, Json.text(a, "description"));
            addIfPresent(texts, Json.text(a, "details"));
        }
        for (JsonNode a : Json.objects(location, "accessibility_for_disabilities")) {
            addIfPresent(texts, Json.text(a, "accessibility"));
            addIfPresent(texts, Json.text(a, "details"));
        }
        return texts;
    }

    /**
     * The first cost option with an amount, in pence. "Free" in the option text or a zero amount
     * is free; no cost option at all is taken as free, with a note.
     */
    private static Integer costPence(JsonNode service, List<String> notes) {
        List<JsonNode> options = Json.objects(service, "cost_options");
        for (JsonNode option : options) {
            Optional<BigDecimal> amount = Json.amount(option, "amount");
            if (amount.isPresent()) {
                return amount.get().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
            }
        }
        boolean saysFree = options.stream().anyMatch(o -> mentionsFree(Json.text(o, "option"))
                || mentionsFree(Json.text(o, "amount_description")));
        if (!saysFree) {
            notes.add("no cost given, assumed free");
        }
        return 0;
    }

    private static boolean mentionsFree(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).matches(".*\\bfree\\b.*");
    }

    private static List<String> languages(JsonNode service, List<String> notes) {
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode language : Json.objects(service, "languages")) {
            Optional<String> code = LanguageCodes.of(Json.text(language, "code"))
                    .or(() -> LanguageCodes.of(Json.text(language, "name")))
                    .or(() -> LanguageCodes.of(Json.text(language, "language")));
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                notes.add("language without a recognisable code or name, ignored");
            }
        }
        if (codes.isEmpty()) {
            notes.add("no language given, assumed English");
            codes.add("en");
        }
        return List.copyOf(codes);
    }

    private static boolean active(JsonNode service, List<String> notes) {
        String status = Json.text(service, "status");
        if (status == null) {
            notes.add("no status given, assumed active");
            return true;
        }
        String s = status.toLowerCase(Locale.ROOT);
        if (s.equals("active")) {
            return true;
        }
        if (!s.equals("inactive") && !s.equals("defunct") && !s.equals("temporarily closed")) {
            notes.add("status not recognised, imported as inactive");
        }
        return false;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
