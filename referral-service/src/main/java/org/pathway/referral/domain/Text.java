package org.pathway.referral.domain;

/** Whether free text is storable, printable text. */
public final class Text {

    public static final String NOT_PLAIN = "must not contain control characters or invalid Unicode";

    private Text() {
    }

    /** True unless {@code value} holds a control character other than tab, CR and LF, or an unpaired surrogate. */
    public static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
