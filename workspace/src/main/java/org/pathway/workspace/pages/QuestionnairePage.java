package org.pathway.workspace.pages;

import java.util.ArrayList;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.forms.FieldErrors;
import org.pathway.workspace.services.Engagement.Measure;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.ServiceProblem;

/**
 * A questionnaire entered item by item; engagement-service scores it and the page shows the scores it computed.
 * Nothing is kept here: the result page is the answer to the form.
 */
@Path("/sites/{siteId}/referrals/{id}/questionnaires/{instrument}")
@Produces(MediaType.TEXT_HTML)
public class QuestionnairePage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance questionnaire(String siteId, UUID id, String participantId, Questionnaire questionnaire,
                                                     Map<String, String> values, FieldErrors errors, String key, String today);

        static native TemplateInstance scored(String siteId, UUID id, Questionnaire questionnaire, Measure measure,
                                              List<Score> scores);
    }

    private final EngagementApi engagement;
    private final Today today;

    public QuestionnairePage(@RestClient EngagementApi engagement, Today today) {
        this.engagement = engagement;
        this.today = today;
    }

    @GET
    public TemplateInstance form(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                 @PathParam("instrument") String instrument, @QueryParam("participantId") String participantId) {
        return Templates.questionnaire(siteId, id, participantId, questionnaire(instrument), Map.of("timepoint", "baseline"),
                FieldErrors.none(), YoungPerson.newKey(), today.date().toString());
    }

    @POST
    public Object record(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                         @PathParam("instrument") String instrument, MultivaluedMap<String, String> form) {
        Questionnaire questionnaire = questionnaire(instrument);
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < questionnaire.itemCount; i++) {
            items.add(Numbers.wholeOrText(values.get("item" + i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrument", questionnaire.name());
        body.put("timepoint", ReferralActions.blankToNull(values.get("timepoint")));
        body.put("completedAt", ReferralActions.blankToNull(values.get("completedAt")));
        body.put("items", items);
        String participantId = values.get("participantId");
        String key = values.get("idempotencyKey");
        try {
            Measure measure = engagement.recordOutcome(siteId, participantId, key, body);
            return Templates.scored(siteId, id, questionnaire, measure, Score.of(measure.scores()));
        } catch (ServiceProblem problem) {
            if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
                throw problem;
            }
            FieldErrors errors = problem.status() == 409
                    ? FieldErrors.message("A " + questionnaire.label + " for this timepoint is recorded already.")
                    : FieldErrors.of(problem, labels(questionnaire));
            return Response.status(problem.status() == 409 ? 409 : 422).entity(Templates.questionnaire(siteId, id,
                    participantId, questionnaire, values, errors, key, today.date().toString())).build();
        }
    }

    private static Map<String, String> labels(Questionnaire questionnaire) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("timepoint", "Timepoint");
        labels.put("completedAt", "Date completed");
        for (Questionnaire.Item item : questionnaire.getItems()) {
            labels.put("item" + item.index(), item.question());
        }
        return labels;
    }

    private static Questionnaire questionnaire(String instrument) {
        return Questionnaire.of(instrument).orElseThrow(NotFoundException::new);
    }

    /** One computed score as the page shows it. */
    public record Score(String name, String value) {

        private static final Map<String, String> NAMES = Map.ofEntries(
                Map.entry("rawTotal", "Raw total"), Map.entry("metricScore", "Metric score"),
                Map.entry("anxiety", "Anxiety"), Map.entry("depression", "Depression"), Map.entry("total", "Total"),
                Map.entry("lifeSatisfaction", "Life satisfaction"), Map.entry("worthwhile", "Worthwhile"),
                Map.entry("happiness", "Happiness"));

        static List<Score> of(Map<String, Double> computed) {
            List<Score> scores = new ArrayList<>();
            computed.forEach((name, value) -> scores.add(new Score(NAMES.getOrDefault(name, name), format(value))));
            return scores;
        }

        /** The scores in one line: "Raw total 23, Metric score 20.73". */
        static String summary(Map<String, Double> computed) {
            return of(computed).stream().map(s -> s.name() + " " + s.value()).collect(java.util.stream.Collectors.joining(", "));
        }

        /** Whole numbers without decimals; a metric score with its two. */
        static String format(Double value) {
            if (value == null) {
                return "";
            }
            return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(java.util.Locale.UK, "%.2f", value);
        }
    }
}
