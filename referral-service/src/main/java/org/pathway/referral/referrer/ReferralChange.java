package org.pathway.referral.referrer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.pathway.chassis.events.WireValue;

/** The changes of a referral that its referrer hears about, in the words of the messages ({@code "placed"}). */
public enum ReferralChange implements WireValue {
    ACCEPTED,
    DECLINED,
    CONTACTED,
    PLACED,
    DISENGAGED,
    CLOSED;

    @JsonValue
    @Override
    public String wire() {
        return WireValue.super.wire();
    }

    @JsonCreator
    static ReferralChange fromJson(String wire) {
        return WireValue.fromWire(ReferralChange.class, wire)
                .orElseThrow(() -> new IllegalArgumentException("not a referral change"));
    }
}
