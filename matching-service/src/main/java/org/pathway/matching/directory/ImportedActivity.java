package org.pathway.matching.directory;

import java.util.List;
import org.pathway.matching.domain.ActivityDetails;
import org.pathway.matching.domain.Screening;

/**
 * One directory service mapped to our activity shape and checked like a posted activity. {@code externalId} is the Open Referral
 * service id: store it with the activity and update the activity with the same id on
 * re-import instead of creating a duplicate. {@code screening} says whether its ages await a
 * person's review, with the evidence for its ages and category. {@code notes} record every
 * default or correction the mapping made (missing ages, dropped postcode, ...), for the import report.
 */
public record ImportedActivity(String externalId, ActivityDetails activity, Screening screening, List<String> notes) {

    public ImportedActivity {
        notes = List.copyOf(notes);
    }
}
