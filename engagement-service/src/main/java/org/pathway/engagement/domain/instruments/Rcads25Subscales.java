package org.pathway.engagement.domain.instruments;

import java.util.Set;

/**
 * Item-to-subscale mapping of the RCADS-25 youth self-report (Ebesutani et al. 2012, Psychol Assess
 * 24(4):833-845): 10 major-depression items, the other 15 the broad anxiety factor.
 * Source checked: the NIMH Data Archive "RCADS-25 Youth Self-Assessment" data dictionary as used by
 * the NDCLab instruments repository (rcads_datadict.csv: depression = items 1, 4, 8, 10, 13, 15, 16,
 * 19, 21, 24; anxiety = 2, 3, 5, 6, 7, 9, 11, 12, 14, 17, 18, 20, 22, 23, 25). The depression items'
 * wording (sad or empty, nothing is fun, trouble sleeping, appetite, no energy, cannot think clearly,
 * worthless, don't want to move, tired, restless) agrees.
 */
final class Rcads25Subscales {

    /** 1-based item numbers, as printed on the questionnaire. */
    static final Set<Integer> DEPRESSION_ITEMS = Set.of(1, 4, 8, 10, 13, 15, 16, 19, 21, 24);

    private Rcads25Subscales() {
    }

    static boolean isDepressionItem(int itemNumber) {
        return DEPRESSION_ITEMS.contains(itemNumber);
    }
}
