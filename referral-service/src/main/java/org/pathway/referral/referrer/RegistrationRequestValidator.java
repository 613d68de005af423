package org.pathway.referral.referrer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathway.chassis.events.WireValue;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;

/**
 * Checks a registration (every field error reported together, 422 naming the field): the ODS code as the
 * referral intake accepts it, an absolute {@code https} endpoint without user info or fragment ({@code http}
 * only to this machine, for local receivers), at most 2,000 characters, and a known format.
 */
public final class RegistrationRequestValidator {

    /** As {@code referrer.organisationCode} of a referral. */
    static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    static final int MAX_ENDPOINT_LENGTH = 2000;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** A checked registration. */
    public record Registration(String odsCode, String endpoint, MessageFormat format) {
    }

    private RegistrationRequestValidator() {
    }

    public static Registration validate(String odsCode, RegistrationRequest body) {
        List<FieldError> errors = new ArrayList<>();
        if (odsCode == null || !ODS_CODE.matcher(odsCode).matches()) {
            errors.add(new FieldError("odsCode", "must be an ODS code: 3 to 10 upper-case letters or digits"));
        }
        String endpoint = body == null ? null : body.endpoint();
        endpointError(endpoint).ifPresent(message -> errors.add(new FieldError("endpoint", message)));
        String format = body == null ? null : body.format();
        MessageFormat messageFormat = WireValue.fromWire(MessageFormat.class, format).orElse(null);
        if (messageFormat == null) {
            errors.add(new FieldError("format", "must be one of: bars, json"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new Registration(odsCode, endpoint, messageFormat);
    }

    /** Why an endpoint is refused, or empty when it is fine. */
    static Optional<String> endpointError(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.of("is required");
        }
        if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
            return Optional.of("must be at most " + MAX_ENDPOINT_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || host.isEmpty() || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute https URL without user info or fragment");
        }
        if (scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host))) {
            return Optional.empty();
        }
        return Optional.of("must be an https URL (http only to localhost)");
    }
}
