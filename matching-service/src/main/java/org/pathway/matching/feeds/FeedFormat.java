package org.pathway.matching.feeds;

import java.util.Locale;
import org.pathway.chassis.events.WireValue;
import org.pathway.matching.directory.PageShape;

/** What a feed is declared to publish; {@code auto} takes whichever Open Referral page shape arrives. */
public enum FeedFormat implements WireValue {
    AUTO, ORUK_V1, HSDS_3;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a page of this shape is what the feed promised (a bare array fits either version). */
    public boolean accepts(PageShape shape) {
        return switch (this) {
            case AUTO -> true;
            case ORUK_V1 -> shape == PageShape.ORUK_V1 || shape == PageShape.ARRAY;
            case HSDS_3 -> shape == PageShape.HSDS_3 || shape == PageShape.ARRAY;
        };
    }
}
