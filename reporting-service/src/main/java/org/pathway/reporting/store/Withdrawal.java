package org.pathway.reporting.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pathway.chassis.events.WithdrawalScope;

/**
 * A participant's withdrawal of consent as it stands. Kept after their facts are erased (scope {@code all}),
 * so that later or replayed events for them are ignored, and as the record that the withdrawal happened.
 */
@Entity
@Table(name = "withdrawal")
public class Withdrawal {

    @EmbeddedId
    ParticipantKey participant;

    /** {@code all}: every fact erased; {@code future}: facts dated after {@link #withdrawnAt} dropped. */
    @Column(name = "scope")
    @Convert(converter = WithdrawalScopeColumn.class)
    WithdrawalScope scope;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    /** Whether every fact about the participant goes, and their later events are ignored. */
    boolean erased() {
        return scope == WithdrawalScope.ALL;
    }

    /** Takes in another withdrawal of the same participant: the wider scope and the earlier time win. */
    void merge(WithdrawalScope otherScope, Instant otherWithdrawnAt) {
        scope = erased() || otherScope == WithdrawalScope.ALL ? WithdrawalScope.ALL : WithdrawalScope.FUTURE;
        withdrawnAt = withdrawnAt.isBefore(otherWithdrawnAt) ? withdrawnAt : otherWithdrawnAt;
    }
}
