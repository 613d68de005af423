package org.pathway.chassis.webhook;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed {@code Pathway-Signature: t=<unix seconds>,v1=<hex>} header. Several {@code v1} entries
 * are allowed so a provider can sign with its old and new secret while it rotates; entries with
 * other scheme names are ignored so new schemes can be added without breaking old receivers.
 */
public record SignatureHeader(long timestamp, List<byte[]> signatures) {

    /** Longer headers are refused before any work is done on them. */
    static final int MAX_HEADER_LENGTH = 4096;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    public SignatureHeader {
        signatures = List.copyOf(signatures);
    }

    /** Empty when the header is absent, blank or malformed; never throws. */
    public static Optional<SignatureHeader> parse(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Optional.empty();
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (key.equals("t")) {
                if (timestamp != null || !DIGITS.matcher(value).matches()) {
                    return Optional.empty();
                }
                timestamp = Long.parseLong(value);
            } else if (key.equals("v1")) {
                if (!SHA256_HEX.matcher(value).matches()) {
                    return Optional.empty();
                }
                signatures.add(HexFormat.of().parseHex(value));
            } else if (key.isEmpty()) {
                return Optional.empty();
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignatureHeader(timestamp, signatures));
    }
}
