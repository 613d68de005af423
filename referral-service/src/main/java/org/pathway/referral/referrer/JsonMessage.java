package org.pathway.referral.referrer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A change as a signed JSON webhook: the message's ids, the site and the referrer's ODS code, then the same
 * facts the BaRS Bundle carries ({@link MessageFacts}), e.g.
 * {@code {"requestId", "correlationId", "referralId", "siteId", "organisationCode", "change": "closed",
 * "occurredAt", "status": "CLOSED", "reason": "completed", "sessionsAttended": 6, "outcomes": [...]}}.
 */
public final class JsonMessage {

    private JsonMessage() {
    }

    public static String json(ObjectMapper mapper, String siteId, ReferrerMessage message, MessageFacts facts) {
        ObjectNode body = mapper.createObjectNode();
        body.put("requestId", message.requestId.toString());
        body.put("correlationId", message.correlationId.toString());
        body.put("referralId", message.referralId.toString());
        body.put("siteId", siteId);
        body.put("organisationCode", message.odsCode);
        body.setAll((ObjectNode) mapper.valueToTree(facts));
        return body.toString();
    }
}
