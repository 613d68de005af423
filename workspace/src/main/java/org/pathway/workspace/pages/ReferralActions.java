package org.pathway.workspace.pages;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.pathway.workspace.forms.FieldErrors;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.ReferralApi;
import org.pathway.workspace.services.ServiceProblem;

/**
 * What a link worker does on a young person's page: the first contact, a link-worker session, and the moves that
 * end the pathway (decline, withdraw, close), each of those after a confirmation page. A refused form comes back
 * with its errors next to its fields; a done one redirects to the page with a notice (post/redirect/get).
 */
@Path("/sites/{siteId}/referrals/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReferralActions {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance confirm(String siteId, UUID id, Move move, FieldErrors errors);
    }

    private final ReferralApi referrals;
    private final EngagementApi engagement;
    private final YoungPersonPage page;
    private final Today today;

    public ReferralActions(@RestClient ReferralApi referrals, @RestClient EngagementApi engagement, YoungPersonPage page,
                           Today today) {
        this.referrals = referrals;
        this.engagement = engagement;
        this.page = page;
        this.today = today;
    }

    @POST
    @Path("/contact")
    public Object contact(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @RestForm String method,
                          @RestForm String contactedOn, @RestForm String renderedAt) {
        Map<String, String> values = values("method", method, "contactedOn", contactedOn, "renderedAt", renderedAt);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", blankToNull(method));
        body.put("contactedAt", contactedAt(contactedOn, renderedAt));
        try {
            referrals.move(siteId, id, "contact", body);
        } catch (ServiceProblem problem) {
            return refused(siteId, id, "contact", problem, values, Map.of("method", "How contact was made",
                    "contactedAt", "Date of contact"));
        }
        return done(siteId, id, "contacted");
    }

    @POST
    @Path("/sessions")
    public Object session(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @RestForm String participantId,
                          @RestForm String date, @RestForm String minutes, @RestForm String mode,
                          @RestForm String idempotencyKey) {
        Map<String, String> values = values("date", date, "minutes", minutes, "mode", mode, "idempotencyKey", idempotencyKey);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", blankToNull(date));
        body.put("minutes", Numbers.wholeOrText(minutes));
        body.put("mode", blankToNull(mode));
        try {
            engagement.recordSession(siteId, participantId, idempotencyKey, body);
        } catch (ServiceProblem problem) {
            return refused(siteId, id, "session", problem, values, Map.of("date", "Date of the session",
                    "minutes", "Minutes", "mode", "How the session took place"));
        }
        return done(siteId, id, "session");
    }

    @GET
    @Path("/{move:decline|withdraw|close}")
    public TemplateInstance confirm(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @PathParam("move") String move) {
        return Templates.confirm(siteId, id, Move.of(move), FieldErrors.none());
    }

    @POST
    @Path("/{move:decline|withdraw|close}")
    public Object move(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @PathParam("move") String name,
                       @RestForm String choice) {
        Move move = Move.of(name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(move.field, blankToNull(choice));
        try {
            referrals.move(siteId, id, move.name, body);
        } catch (ServiceProblem problem) {
            if (problem.status() == 409) {
                return Response.status(409).entity(Templates.confirm(siteId, id, move,
                        FieldErrors.message("This referral can no longer be " + move.pastTense + ": reload the young person's page to see where it stands."))).build();
            }
            return Response.status(problem.status() == 400 ? 422 : problem.status())
                    .entity(Templates.confirm(siteId, id, move, FieldErrors.of(problem, Map.of(move.field, move.question)))).build();
        }
        return done(siteId, id, move.notice);
    }

    private Object refused(String siteId, UUID id, String form, ServiceProblem problem, Map<String, String> values,
                           Map<String, String> labels) {
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw problem;
        }
        FieldErrors errors = problem.status() == 409
                ? FieldErrors.message("That could not be recorded as it stands: the young person's referral has moved on, or it was recorded already.")
                : FieldErrors.of(problem, labels);
        return Response.status(problem.status() == 409 ? 409 : 422).entity(page.render(siteId, id, null, form, errors, values)).build();
    }

    static Response done(String siteId, UUID id, String notice) {
        return Response.seeOther(URI.create("/sites/" + siteId + "/referrals/" + id + "?done=" + notice)).build();
    }

    /**
     * The contact's time: the moment the page was shown when the contact is recorded for today (so a second click
     * sends the same details and records nothing new), otherwise midday on the date given.
     */
    private Object contactedAt(String contactedOn, String renderedAt) {
        if (contactedOn == null || contactedOn.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(contactedOn);
            if (date.equals(today.date()) && renderedAt != null) {
                return Instant.parse(renderedAt).toString();
            }
            return date.atTime(LocalTime.NOON).atZone(Today.SITES).toInstant().toString();
        } catch (DateTimeParseException e) {
            return contactedOn;
        }
    }

    static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return values;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The three moves that end (or pause) a young person's pathway, with their confirmation question and choices. */
    public enum Move {
        DECLINE("decline", "reason", "Why did the young person decline?", "declined", "declined",
                List.of(new Choice("not-interested", "Not interested in activities"), new Choice("other", "Another reason"))),
        WITHDRAW("withdraw", "scope", "What does the withdrawal of consent cover?", "withdrawn", "withdrawn",
                List.of(new Choice("future", "Stop collecting from now on (keep what was recorded)"),
                        new Choice("all", "Erase everything recorded about the young person"))),
        CLOSE("close", "reason", "Why is the referral closed?", "closed", "closed",
                List.of(new Choice("camhs-treatment-started", "CAMHS treatment started"),
                        new Choice("completed", "Completed the pathway"), new Choice("moved-away", "Moved away"),
                        new Choice("no-longer-wants", "No longer wants to take part"), new Choice("other", "Another reason")));

        public final String name;
        public final String field;
        public final String question;
        public final String pastTense;
        public final String notice;
        public final List<Choice> choices;

        Move(String name, String field, String question, String pastTense, String notice, List<Choice> choices) {
            this.name = name;
            this.field = field;
            this.question = question;
            this.pastTense = pastTense;
            this.notice = notice;
            this.choices = choices;
        }

        static Move of(String name) {
            for (Move move : values()) {
                if (move.name.equals(name)) {
                    return move;
                }
            }
            throw new NotFoundException();
        }

        public String getTitle() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    public record Choice(String value, String label) {
    }
}
