package org.pathway.reporting.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * The withdrawals of consent, plain rows. Written inside a batch that holds the participant's lock (see
 * {@link FactWriter}), so reading a withdrawal and then changing it cannot race another transaction.
 */
@ApplicationScoped
public class WithdrawalStore implements PanacheRepositoryBase<Withdrawal, ParticipantKey> {

    /** The withdrawals of those of the participants who have withdrawn. */
    Map<ParticipantKey, Withdrawal> of(Collection<ParticipantKey> participants) {
        Map<ParticipantKey, Withdrawal> withdrawals = new HashMap<>();
        Map<String, List<String>> bySite = participants.stream().collect(Collectors.groupingBy(ParticipantKey::siteId,
                Collectors.mapping(ParticipantKey::participantId, Collectors.toList())));
        bySite.forEach((site, ids) -> list("participant.siteId = ?1 and participant.participantId in ?2", site, ids)
                .forEach(withdrawal -> withdrawals.put(withdrawal.participant, withdrawal)));
        return withdrawals;
    }

    /** Records a withdrawal; returns the participant's withdrawal as it now stands (an earlier or wider one wins). */
    Withdrawal record(ParticipantKey participant, WithdrawalScope scope, Instant withdrawnAt) {
        Withdrawal withdrawal = findById(participant);
        if (withdrawal == null) {
            withdrawal = new Withdrawal();
            withdrawal.participant = participant;
            withdrawal.scope = scope;
            withdrawal.withdrawnAt = withdrawnAt;
            persist(withdrawal);
        } else {
            withdrawal.merge(scope, withdrawnAt);
        }
        return withdrawal;
    }
}
