package org.pathway.referral.domain;

import java.security.SecureRandom;

/**
 * Pseudonyms for young people: "P-" and 16 Crockford base32 characters carrying 80 random bits.
 * Purely random so that nothing about the person can be recovered from, or matched against, the id.
 */
public final class ParticipantIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int RANDOM_BYTES = 10;
    private static final int BITS_PER_CHAR = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ParticipantIds() {
    }

    public static String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder("P-");
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << Byte.SIZE) | (b & 0xFF);
            bits += Byte.SIZE;
            while (bits >= BITS_PER_CHAR) {
                bits -= BITS_PER_CHAR;
                id.append(CROCKFORD[(buffer >>> bits) & 0x1F]);
            }
        }
        return id.toString();
    }
}
