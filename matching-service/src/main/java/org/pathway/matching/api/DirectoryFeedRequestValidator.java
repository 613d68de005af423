package org.pathway.matching.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.chassis.events.WireValue;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.DirectoryFeedRequest;
import org.pathway.matching.feeds.FeedFormat;
import org.pathway.matching.feeds.FeedHosts;
import org.pathway.matching.feeds.FeedSchedule;

/**
 * Checks a feed body: an absolute {@code http}/{@code https} URL with a host and no credentials in it,
 * not naming a loopback, private, link-local or cloud metadata host ({@link FeedHosts}), a known
 * format and schedule. Every problem is reported at once, one per field ({@code 422}).
 */
public final class DirectoryFeedRequestValidator {

    public static final int MAX_URL_LENGTH = 2000;

    /** A checked feed body. */
    public record NewFeed(String url, FeedFormat format, FeedSchedule schedule) {
    }

    private DirectoryFeedRequestValidator() {
    }

    /**
     * @param allowedPrivateHosts hosts exempt from {@link FeedHosts}' guard against loopback, private,
     *        link-local and cloud metadata addresses
     */
    public static NewFeed toNewFeed(DirectoryFeedRequest request, Set<String> allowedPrivateHosts) {
        List<FieldError> errors = new ArrayList<>();
        String url = request == null ? null : request.url();
        String urlProblem = urlProblem(url, allowedPrivateHosts);
        if (urlProblem != null) {
            errors.add(new FieldError("url", urlProblem));
        }
        FeedFormat format = choice(FeedFormat.class, request == null ? null : request.format(), FeedFormat.AUTO,
                "format", errors);
        FeedSchedule schedule = choice(FeedSchedule.class, request == null ? null : request.schedule(),
                FeedSchedule.DAILY, "schedule", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new NewFeed(url.trim(), format, schedule);
    }

    /** Why the URL cannot be a feed's, or null when it can. */
    static String urlProblem(String url, Set<String> allowedPrivateHosts) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        if (url.length() > MAX_URL_LENGTH) {
            return "must be at most " + MAX_URL_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return "must be an absolute http or https URL";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not hold credentials";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment";
        }
        return FeedHosts.refusalAsWritten(uri, allowedPrivateHosts).orElse(null);
    }

    private static <E extends Enum<E> & WireValue> E choice(Class<E> type, String value, E fallback, String field,
                                                            List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        return WireValue.fromWire(type, value).orElseGet(() -> {
            errors.add(new FieldError(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(WireValue::wire).collect(Collectors.joining(", "))));
            return fallback;
        });
    }
}
