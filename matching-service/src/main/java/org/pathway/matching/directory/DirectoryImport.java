package org.pathway.matching.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.domain.ActivityStore;

/**
 * Saves directory services into the site's catalogue. A pushed page is read by
 * {@link OpenReferralPage} and saved in one transaction; a feed sync saves each page it staged
 * with {@link #apply}, one transaction per page. Each service is saved under its directory id, so
 * importing it again updates (or leaves unchanged) its activity instead of adding another.
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
        return apply(batch, null);
    }

    /** Saves the batch's activities, as coming from {@code feedId} (null: pushed), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport apply(ImportBatch batch, UUID feedId) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int needsReview = 0;
        for (ImportedActivity imported : batch.activities()) {
            switch (activities.saveImported(imported.externalId(), imported.activity(), imported.screening(), feedId)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (imported.screening().needsReview()) {
                needsReview++;
            }
        }
        return new ImportReport(created, updated, unchanged, needsReview, batch.skips(), batch.errors());
    }
}
