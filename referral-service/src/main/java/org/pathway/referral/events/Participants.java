package org.pathway.referral.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.referral.domain.Referral;

/** The site's referral of an event's participant, when the site referred it and consent was not withdrawn. */
@ApplicationScoped
public class Participants {

    private static final Logger LOG = Logger.getLogger(Participants.class);

    public Optional<Referral> active(IncomingEvent event) {
        Optional<Referral> referral = Referral.<Referral>find("participantId", event.participantId())
                .firstResultOptional();
        if (referral.isEmpty()) {
            LOG.debugf("Event %s ignored: not a participant this site referred", event.id());
        }
        return referral.filter(r -> r.withdrawnAt == null);
    }
}
