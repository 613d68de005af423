package org.pathway.referral.domain;

import java.time.Instant;

/** A link worker's first contact with the young person: when (to the microsecond, as stored) and how. */
public record FirstContact(Instant at, ContactMethod method) {
}
