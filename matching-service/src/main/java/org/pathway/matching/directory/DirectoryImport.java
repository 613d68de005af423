package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.domain.ActivityStore;

/**
 * Imports one Open Referral page into the site's catalogue, in one transaction: the page is read
 * by {@link OpenReferralPage}, and each service is saved under its directory id, so importing a
 * page again updates its activities instead of adding more.
 */
@ApplicationScoped
@Transactional
public class DirectoryImport {

    private final ActivityStore activities;

    public DirectoryImport(ActivityStore activities) {
        this.activities = activities;
    }

    public ImportReport importPage(JsonNode page) {
        ImportBatch batch;
        try {
            batch = OpenReferralPage.read(page);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        int created = 0;
        for (ImportedActivity imported : batch.activities()) {
            if (activities.saveImported(imported.externalId(), imported.activity(), imported.screening())) {
                created++;
            }
        }
        return new ImportReport(created, batch.activities().size() - created, batch.skipped(), batch.errors());
    }
}
