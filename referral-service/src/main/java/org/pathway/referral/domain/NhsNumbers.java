package org.pathway.referral.domain;

/** NHS number check: ten digits whose last is the modulus 11 check digit of the first nine. */
public final class NhsNumbers {

    private static final int LENGTH = 10;

    private NhsNumbers() {
    }

    /**
     * True when {@code value} is exactly ten ASCII digits and the check digit matches.
     * Formatting (spaces, hyphens) is rejected rather than stripped so that one person
     * always has one stored form for the duplicate check.
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < LENGTH - 1) {
                sum += (c - '0') * (LENGTH - i);
            }
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        // A computed check of 10 cannot be written as one digit: such numbers are never issued.
        return check != 10 && check == value.charAt(LENGTH - 1) - '0';
    }
}
