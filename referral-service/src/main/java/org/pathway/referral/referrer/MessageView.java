package org.pathway.referral.referrer;

import java.time.Instant;
import java.util.UUID;

/** One message to the referrer as the messages list shows it: what it was about and how its delivery went. */
public record MessageView(UUID requestId, UUID correlationId, String change, String state, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant deliveredAt,
                          Integer lastStatus, String lastError) {

    public static MessageView of(ReferrerMessage message) {
        return new MessageView(message.requestId, message.correlationId, message.change, message.state.name(),
                message.attempts, message.createdAt,
                message.state == ReferrerMessage.State.PENDING ? message.nextAttemptAt : null,
                message.lastAttemptAt, message.deliveredAt, message.lastStatus, message.lastError);
    }
}
