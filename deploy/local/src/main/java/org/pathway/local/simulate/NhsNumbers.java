package org.pathway.local.simulate;

/**
 * Synthetic NHS numbers: ten digits whose last is the modulus 11 check digit (weights 10..2 on the
 * first nine; 11 becomes 0; a remainder giving 10 has no valid number). They start with 999, the range
 * set aside for test data, so none is a real person's.
 */
public final class NhsNumbers {

    private static final long PREFIX = 99_900_000L;
    private static final long SPAN = 100_000L;

    private NhsNumbers() {
    }

    /** The check digit of nine digits, or -1 when no check digit makes them valid. */
    public static int checkDigit(String nineDigits) {
        if (nineDigits.length() != 9 || !nineDigits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    static boolean isValid(String nhsNumber) {
        if (nhsNumber == null || nhsNumber.length() != 10 || !nhsNumber.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int check = checkDigit(nhsNumber.substring(0, 9));
        return check >= 0 && check == nhsNumber.charAt(9) - '0';
    }

    /**
     * A valid number for each serial (taken modulo 100,000), distinct for distinct serials: the first
     * eight digits carry the serial, and of the ninth digit's ten values (weight 2, invertible modulo 11)
     * at most one leaves no check digit, so 0 or 1 always works.
     */
    static String fromSerial(long serial) {
        String eight = Long.toString(PREFIX + Math.floorMod(serial, SPAN));
        for (int ninth = 0; ; ninth++) {
            int check = checkDigit(eight + ninth);
            if (check >= 0) {
                return eight + ninth + check;
            }
        }
    }
}
