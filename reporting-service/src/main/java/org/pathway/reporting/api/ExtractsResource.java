package org.pathway.reporting.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import org.pathway.chassis.security.Roles;
import org.pathway.reporting.domain.csv.CsvRows;
import org.pathway.reporting.domain.extract.DictionaryEntry;
import org.pathway.reporting.domain.extract.ExtractDownload;
import org.pathway.reporting.domain.extract.Extracts;
import org.pathway.reporting.domain.extract.MeasureLine;
import org.pathway.reporting.domain.extract.ParticipantLine;
import org.pathway.reporting.domain.extract.SessionLine;
import org.pathway.reporting.security.ReportScope;

/**
 * The participant-level extracts for platform researchers: one row per participant, per questionnaire score,
 * per session, and the dictionary of their variables. CSV with {@code Accept: text/csv}, JSON lines otherwise;
 * {@code site} (repeatable), {@code from}, {@code to} (referral dates) as the reports take them. Every download
 * is audited ({@code /extracts/audit}).
 */
@Path("/extracts")
@Tag(name = "Extracts", description = "Participant-level pseudonymised extracts for platform researchers.")
@RolesAllowed(Roles.RESEARCHER)
@Produces({ExtractsResource.JSON_LINES, ReportsResource.TEXT_CSV})
public class ExtractsResource {

    static final String JSON_LINES = "application/x-ndjson";
    private static final String CSV = "csv";
    private static final String JSONL = "jsonl";

    /** What every extract takes and how it answers. */
    private static final String TAKES = " Takes `site` (repeatable), `from`, `to` (referral dates); CSV with "
            + "`Accept: text/csv`, JSON lines otherwise. Every download is audited.";
    private static final String INVALID_FILTER = "`from` or `to` is invalid, or `site` names a site this store "
            + "does not hold.";

    private final Extracts extracts;
    private final ReportScope scope;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public ExtractsResource(Extracts extracts, ReportScope scope, SecurityIdentity identity, ObjectMapper json) {
        this.extracts = extracts;
        this.scope = scope;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("/participants")
    @Operation(summary = "Participants extract", description = "One row per participant." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_FILTER)
    public Response participants(@BeanParam ExtractQuery query) {
        return answer(query, "participants", ParticipantLine.class, extracts::participants);
    }

    @GET
    @Path("/measures")
    @Operation(summary = "Measures extract", description = "One row per questionnaire score." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_FILTER)
    public Response measures(@BeanParam ExtractQuery query) {
        return answer(query, "measures", MeasureLine.class, extracts::measures);
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "Sessions extract", description = "One row per session." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_FILTER)
    public Response sessions(@BeanParam ExtractQuery query) {
        return answer(query, "sessions", SessionLine.class, extracts::sessions);
    }

    @GET
    @Path("/dictionary")
    @Operation(summary = "Data dictionary of the extracts", description = "Each extract variable and its meaning.")
    @APIResponse(responseCode = "422", description = INVALID_FILTER)
    public Response dictionary(@BeanParam ExtractQuery query) {
        return answer(query, "dictionary", DictionaryEntry.class, extracts::dictionary);
    }

    /** Every extract downloaded, oldest first: who, when, which, with which filters, how many rows. */
    @GET
    @Path("/audit")
    @Operation(summary = "Extract downloads", description = "Every extract downloaded, oldest first: who, when, which, "
            + "with which filters, how many rows. JSON, or CSV with `Accept: text/csv`.")
    @Produces({MediaType.APPLICATION_JSON, ReportsResource.TEXT_CSV})
    public Response audit(@BeanParam ExtractQuery query) {
        List<ExtractDownload> downloads = extracts.downloads();
        if (ReportsResource.wantsCsv(query.headers)) {
            return csv("extract-audit", ExtractDownload.class, downloads);
        }
        return Response.ok(downloads, MediaType.APPLICATION_JSON).build();
    }

    private <R extends Record> Response answer(ExtractQuery query, String name, Class<R> rowType,
                                               Function<Extracts.Request, List<R>> extract) {
        ReportParameters parameters = ReportParameters.parse(query.from, query.to, null);
        boolean csv = ReportsResource.wantsCsv(query.headers);
        Extracts.Request request = new Extracts.Request(parameters.filter(scope.sites(query.site)).everyArm(),
                identity.getPrincipal().getName(), csv ? CSV : JSONL);
        List<R> lines = extract.apply(request);
        return csv ? csv(name, rowType, lines) : jsonLines(name, lines);
    }

    private static <R extends Record> Response csv(String name, Class<R> rowType, List<R> lines) {
        return Response.ok(CsvRows.ofRecords(rowType, lines), ReportsResource.TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    private Response jsonLines(String name, List<?> lines) {
        StringBuilder body = new StringBuilder();
        try {
            for (Object line : lines) {
                body.append(json.writeValueAsString(line)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an extract row could not be written as JSON", e);
        }
        return Response.ok(body.toString(), JSON_LINES + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".jsonl\"")
                .build();
    }
}
