package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.ActivityRequestValidator;

/**
 * Reads one page of an Open Referral UK {@code /services} feed into activities. Accepts the
 * HSDS 3.0 UK profile page ({@code contents}), the ORUK v1 page ({@code content}), a bare
 * array of services or a single service object. One bad entry never stops the page: it is reported with its index and id
 * and the rest are imported. Mapped activities are checked with {@link ActivityRequestValidator},
 * so whatever this returns can be saved as if a provider had posted it.
 */
public final class OpenReferralPage {

    /** The longest directory id kept ({@code activity.external_id}). */
    static final int MAX_ID_LENGTH = 200;

    /**
     * The version of the rules turning a service into an activity (mapping, ages, category,
     * review). Raise it whenever they change what a service becomes: a feed's validators carry the
     * version they were saved under, and a sync asks conditionally (ETag, Last-Modified) only under
     * the same version, so a {@code 304} can never keep activities mapped by older rules.
     * 1: the mapping of issue 17's feeds; 2: with {@code ServiceProfile}'s screening; 3: services
     * that are no community activity are skipped.
     */
    public static final int MAPPING_RULES = 3;

    private OpenReferralPage() {
    }

    /**
     * The page's array of service entries, whichever accepted shape holds it.
     *
     * @throws IllegalArgumentException when the JSON is not a services page
     */
    public static JsonNode services(JsonNode page) {
        return services(page, detect(page));
    }

    /**
     * @throws IllegalArgumentException when the JSON is not a services page in any of the
     *         accepted shapes (a 400 for the caller, not a per-item error)
     */
    public static ImportBatch read(JsonNode page) {
        JsonNode services = services(page);
        List<ImportedActivity> activities = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        List<ImportError> skips = new ArrayList<>();
        for (int index = 0; index < services.size(); index++) {
            JsonNode service = services.get(index);
            if (!service.isObject()) {
                errors.add(new ImportError(index, null, "not a service object"));
                continue;
            }
            MappingOutcome outcome = ServiceMapper.map(service);
            String id = Json.text(service, "id");
            if (outcome instanceof MappingOutcome.Rejected rejected) {
                errors.add(new ImportError(index, id, rejected.reason()));
            } else if (outcome instanceof MappingOutcome.Skipped skipped) {
                skips.add(new ImportError(index, id, skipped.reason()));
            } else if (outcome instanceof MappingOutcome.Mapped mapped) {
                if (id.length() > MAX_ID_LENGTH) {
                    errors.add(new ImportError(index, null, "id longer than " + MAX_ID_LENGTH + " characters"));
                    continue;
                }
                if (!seenIds.add(id)) {
                    errors.add(new ImportError(index, id, "duplicate id in page"));
                    continue;
                }
                try {
                    activities.add(new ImportedActivity(id, ActivityRequestValidator.toDetails(mapped.request()),
                            mapped.screening(), mapped.notes()));
                } catch (Problem invalid) {
                    errors.add(new ImportError(index, id, "invalid after mapping: " + describe(invalid.errors())));
                }
            }
        }
        return new ImportBatch(activities, errors, skips);
    }

    /** Which page layout this is, by where the services array sits. */
    public static PageShape detect(JsonNode page) {
        if (page != null && page.isArray()) {
            return PageShape.ARRAY;
        }
        if (page != null && page.isObject()) {
            if (page.path("contents").isArray()) {
                return PageShape.HSDS_3;
            }
            if (page.path("content").isArray()) {
                return PageShape.ORUK_V1;
            }
            if (page.hasNonNull("id") && page.has("name")) {
                return PageShape.SINGLE_SERVICE;
            }
        }
        throw new IllegalArgumentException("not an Open Referral services page: expected \"contents\", \"content\", "
                + "an array of services or one service object");
    }

    private static JsonNode services(JsonNode page, PageShape shape) {
        return switch (shape) {
            case ARRAY -> page;
            case HSDS_3 -> page.get("contents");
            case ORUK_V1 -> page.get("content");
            case SINGLE_SERVICE -> JsonNodeFactory.instance.arrayNode().add(page);
        };
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}
