package org.pathway.referral.domain;

import java.util.Locale;
import org.pathway.chassis.events.WireValue;

/**
 * The chassis' {@link WireValue} with the words of a name joined by hyphens ({@code IN_PERSON} is
 * {@code in-person}), as API.md writes the referral's values; a one-word name is spelled the same either way.
 */
public interface HyphenatedWireValue extends WireValue {

    @Override
    default String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
