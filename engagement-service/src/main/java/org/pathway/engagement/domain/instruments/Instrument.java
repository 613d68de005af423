package org.pathway.engagement.domain.instruments;

import java.util.Arrays;
import java.util.Optional;

/** Outcome questionnaires the pathway collects; the wire value is the constant's name. */
public enum Instrument {
    /** Short Warwick-Edinburgh Mental Wellbeing Scale: 7 items scored 1-5. */
    SWEMWBS(7, 1, 5),
    /** Revised Child Anxiety and Depression Scale, 25-item self-report: items scored 0-3. */
    RCADS25(25, 0, 3),
    /** ONS personal wellbeing questions: 4 items scored 0-10. */
    ONS4(4, 0, 10);

    private final int itemCount;
    private final int minItemScore;
    private final int maxItemScore;

    Instrument(int itemCount, int minItemScore, int maxItemScore) {
        this.itemCount = itemCount;
        this.minItemScore = minItemScore;
        this.maxItemScore = maxItemScore;
    }

    public int itemCount() {
        return itemCount;
    }

    public int minItemScore() {
        return minItemScore;
    }

    public int maxItemScore() {
        return maxItemScore;
    }

    public static Optional<Instrument> fromWire(String value) {
        return Arrays.stream(values()).filter(i -> i.name().equals(value)).findFirst();
    }
}
