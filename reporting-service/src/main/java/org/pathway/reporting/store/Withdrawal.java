package org.pathway.reporting.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A participant's withdrawal of consent as it stands. Kept after their facts are erased (scope {@code all}),
 * so that later or replayed events for them are ignored, and as the record that the withdrawal happened.
 */
@Entity
@Table(name = "withdrawal")
public class Withdrawal {

    static final String ALL = "all";
    static final String FUTURE = "future";

    @EmbeddedId
    ParticipantKey participant;

    /** {@code all}: every fact erased; {@code future}: facts dated after {@link #withdrawnAt} dropped. */
    @Column(name = "scope")
    String scope;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    /** Whether every fact about the participant goes, and their later events are ignored. */
    boolean erased() {
        return ALL.equals(scope);
    }

    /** Takes in another withdrawal of the same participant: the wider scope and the earlier time win. */
    void merge(String otherScope, Instant otherWithdrawnAt) {
        scope = erased() || ALL.equals(otherScope) ? ALL : FUTURE;
        withdrawnAt = withdrawnAt.isBefore(otherWithdrawnAt) ? withdrawnAt : otherWithdrawnAt;
    }
}
