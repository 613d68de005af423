package org.pathway.matching.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.api.dto.ImportResult;
import org.pathway.matching.directory.ImportBatch;
import org.pathway.matching.directory.ImportedActivity;
import org.pathway.matching.directory.OpenReferralImport;

/**
 * Saves one Open Referral page into the catalogue, keyed by the directory's service id: a
 * service seen before updates its activity instead of adding a second one. The capacity of an
 * existing activity is kept, because directories have none and the provider may have set it.
 */
@ApplicationScoped
@Transactional
public class DirectoryImport {

    public ImportResult importPage(JsonNode page) {
        ImportBatch batch;
        try {
            batch = OpenReferralImport.parse(page);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        Instant now = Now.instant();
        int created = 0;
        int updated = 0;
        for (ImportedActivity imported : batch.activities()) {
            Activity existing = Activity.find("externalId", imported.externalId())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            if (existing == null) {
                Activity.create(imported.activity(), imported.externalId(), now).persist();
                created++;
            } else {
                existing.apply(keepingCapacity(imported.activity(), existing.capacity), now);
                updated++;
            }
        }
        return new ImportResult(created, updated, batch.skipped(),
                batch.errors().stream().map(ImportResult.ItemError::from).toList());
    }

    private static ActivityRequest keepingCapacity(ActivityRequest a, int capacity) {
        return new ActivityRequest(a.providerId(), a.providerName(), a.name(), a.category(), a.description(),
                a.minAge(), a.maxAge(), a.postcode(), a.latitude(), a.longitude(), a.schedule(), capacity,
                a.costPerSessionPence(), a.accessibility(), a.languages(), a.active());
    }
}
