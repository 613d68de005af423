package org.pathway.referral.referrer;

import org.pathway.referral.metrics.MessageOutcomes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.referral.config.ReferrerConfig;
import org.pathway.referral.domain.Referral;

/**
 * One delivery attempt of one site's next due message, in one transaction that holds the message's row lock
 * while it is sent: delivered, rescheduled with back-off, or dead-lettered. A message whose organisation is no
 * longer registered is dead-lettered at once. Logs carry the message's row id and change, never an identifier.
 */
@ApplicationScoped
public class MessageDispatch {

    private static final Logger LOG = Logger.getLogger(MessageDispatch.class);

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String CORRELATION_ID = "X-Correlation-Id";

    private final SiteWork siteWork;
    private final ReferrerMessageStore messages;
    private final MessageSender sender;
    private final SecretCipher cipher;
    private final ObjectMapper json;
    private final PathwayClock clock;
    private final ReferrerConfig config;
    private final RetrySchedule schedule;
    private final MessageOutcomes outcomes;

    public MessageDispatch(SiteWork siteWork, ReferrerMessageStore messages, MessageSender sender, SecretCipher cipher,
                           ObjectMapper json, PathwayClock clock, ReferrerConfig config, MessageOutcomes outcomes) {
        this.outcomes = outcomes;
        this.siteWork = siteWork;
        this.messages = messages;
        this.sender = sender;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
        this.config = config;
        this.schedule = new RetrySchedule(config.messages().firstBackoff(), config.messages().maxBackoff(),
                config.messages().giveUpAfter());
    }

    /** Attempts the site's next due message; false when none is due. */
    public boolean deliverNext(String siteId) {
        return siteWork.inSite(siteId, () -> {
            Optional<ReferrerMessage> next = messages.claimNextDue(clock.now());
            next.ifPresent(message -> attempt(siteId, message));
            return next.isPresent();
        });
    }

    private void attempt(String siteId, ReferrerMessage message) {
        Instant now = clock.now();
        message.attempts++;
        message.lastAttemptAt = now;
        ReferringOrganisation organisation = ReferringOrganisation.findById(message.odsCode);
        if (organisation == null) {
            message.state = ReferrerMessage.State.DEAD;
            message.lastError = "referrer-not-registered";
            outcomes.attempted(siteId, "dead");
            LOG.warnf("Referrer message %d (%s) dead-lettered: its organisation is no longer registered",
                    message.id, message.change);
            return;
        }
        MessageSender.Attempt attempt = send(siteId, organisation, message);
        message.lastStatus = attempt.status();
        message.lastError = attempt.error();
        if (attempt.delivered()) {
            message.state = ReferrerMessage.State.DELIVERED;
            message.deliveredAt = clock.now();
            outcomes.attempted(siteId, "delivered");
            return;
        }
        Optional<Instant> retry = schedule.next(message.attempts, message.createdAt, now);
        if (retry.isPresent()) {
            message.nextAttemptAt = retry.get();
            outcomes.attempted(siteId, "retrying");
            LOG.infof("Referrer message %d (%s) not delivered (%s), attempt %d; retried at %s", message.id,
                    message.change, attempt.error(), message.attempts, retry.get());
        } else {
            message.state = ReferrerMessage.State.DEAD;
            outcomes.attempted(siteId, "dead");
            LOG.warnf("Referrer message %d (%s) dead-lettered after %d attempts (%s)", message.id, message.change,
                    message.attempts, attempt.error());
        }
    }

    private MessageSender.Attempt send(String siteId, ReferringOrganisation organisation, ReferrerMessage message) {
        MessageFacts facts = facts(message);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REQUEST_ID, message.requestId.toString());
        headers.put(CORRELATION_ID, message.correlationId.toString());
        String body;
        if (organisation.messageFormat() == MessageFormat.BARS) {
            Referral referral = Referral.findById(message.referralId);
            body = BarsMessageBack.json(new BarsMessageBack.Envelope(message.requestId, message.referralId,
                    referral.participantId, organisation.odsCode, organisation.endpoint,
                    config.messages().sourceEndpoint(), message.createdAt), facts);
            headers.put("Content-Type", "application/fhir+json");
        } else {
            body = JsonMessage.json(json, siteId, message, facts);
            headers.put("Content-Type", "application/json");
            String secret = cipher.decrypt(organisation.signingSecret, ReferrerRegistry.associatedData(siteId,
                    organisation.odsCode));
            headers.put(WebhookSignature.HEADER, WebhookSignature.header(secret, clock.now().getEpochSecond(), body));
        }
        return sender.send(organisation.endpoint, headers, body);
    }

    private MessageFacts facts(ReferrerMessage message) {
        try {
            return json.readValue(message.facts, MessageFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored message facts are not readable", e);
        }
    }
}
