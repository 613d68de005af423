package org.pathway.referral.referrer;

import org.pathway.chassis.events.WireValue;

/** How a referring organisation wants its messages: a BaRS FHIR message Bundle or a signed JSON webhook. */
public enum MessageFormat implements WireValue {
    BARS,
    JSON
}
