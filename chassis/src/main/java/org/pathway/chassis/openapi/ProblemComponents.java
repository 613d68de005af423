package org.pathway.chassis.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.pathway.chassis.problem.ProblemBody;

/**
 * The error bodies as the services really write them: {@link ProblemBody} (RFC 9457; {@code errors} only when
 * fields are named, no {@code instance}) and, on the referral service's FHIR door, a FHIR OperationOutcome. Also
 * the standard words for each status the chassis gives.
 */
public final class ProblemComponents {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String OPERATION_OUTCOME = "OperationOutcome";
    public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    public static final String OPERATION_OUTCOME_REF = "#/components/schemas/" + OPERATION_OUTCOME;
    public static final String FHIR_JSON = "application/fhir+json";

    private ProblemComponents() {
    }

    public static Map<String, Schema> schemas() {
        return Map.of(PROBLEM, problem(), FIELD_ERROR, fieldError(), OPERATION_OUTCOME, operationOutcome());
    }

    /**
     * What each status means wherever the chassis answers it; an operation's own words replace these.
     *
     * @param fhir   on the FHIR door (OperationOutcomes)
     * @param signed a webhook authenticated by its signature, not a bearer token
     */
    public static String description(int status, boolean fhir, boolean signed) {
        String fields = fhir ? "each issue's `expression` names the element" : "`errors` names the field";
        return switch (status) {
            case 400 -> "Malformed request: the body is not well-formed or not of the expected shape, or a parameter "
                    + "is not of its type (a number, a UUID); " + fields + " when it is known.";
            case 401 -> signed ? "The signature is missing, wrong or stale."
                    : fhir ? "No bearer token, or one that is not valid for this site: an OperationOutcome coded "
                    + "REC_UNAUTHORIZED, with `WWW-Authenticate: Bearer`."
                    : "No bearer token, or one that is expired, not signed by an issuer trusted here, or signed with "
                    + "an unpublished key (with `WWW-Authenticate: Bearer`).";
            case 403 -> fhir ? "The token is valid but may not do this: another site's or the platform's token, or "
                    + "one without the role (coded REC_FORBIDDEN)."
                    : "The token is valid but may not do this: it lacks the role, or it is another site's or the "
                    + "platform's on a site path (refused by the site check).";
            case 404 -> "No such record at this site (another site's records are not found either).";
            case 409 -> "The request conflicts with the record's state, or an `Idempotency-Key` sent before with a "
                    + "different body.";
            case 413 -> "The body is larger than the service accepts.";
            case 415 -> "The body is not of a media type this operation reads.";
            case 422 -> "Invalid fields: " + fields + " of each, never echoing the value.";
            case 503 -> "The service is too busy or cannot reach its database: repeat the request after the seconds "
                    + "`Retry-After` gives" + (fhir ? " (coded REC_SERVICE_UNAVAILABLE)." : ".");
            default -> "HTTP " + status + ".";
        };
    }

    /** The {@code Retry-After} header of a 503: whole seconds to wait before repeating the request. */
    public static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before repeating the request.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"));
    }

    private static Schema problem() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details (`" + ProblemBody.MEDIA_TYPE + "`). Details never contain "
                        + "identifiable data or the values submitted.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("A URI naming the kind of problem, e.g. "
                        + "`https://pathway.example/problems/invalid-fields`.").format("uri"))
                .addProperty("title", string("The HTTP reason phrase, e.g. `Unprocessable Content`."))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").description("The HTTP status code."))
                .addProperty("detail", string("What went wrong, for a person."))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("One entry per invalid field; absent when no field is named.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .required(List.of("field", "message"))
                .addProperty("field", string("The JSON path as the client sent it, e.g. `youngPerson.nhsNumber`, "
                        + "`items[3]`, or a parameter's name."))
                .addProperty("message", string("What is wrong, without the value."));
    }

    private static Schema operationOutcome() {
        Schema coding = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("system", string("`https://fhir.nhs.uk/CodeSystem/http-error-codes`."))
                .addProperty("code", string("e.g. `SEND_BAD_REQUEST`, `REC_UNPROCESSABLE_ENTITY`, `REC_FORBIDDEN`."));
        Schema issue = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("severity", string("`error`."))
                .addProperty("code", string("The FHIR issue type, e.g. `invalid`, `business-rule`, `security`."))
                .addProperty("details", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                        .addProperty("coding", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .items(coding)))
                .addProperty("diagnostics", string("What is wrong, without the value."))
                .addProperty("expression", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("The FHIRPath of the element, e.g. `Bundle.entry[6].resource.birthDate`.")
                        .items(string(null)));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A FHIR R4 OperationOutcome (`" + FHIR_JSON + "`): every error on the FHIR door.")
                .required(List.of("resourceType", "issue"))
                .addProperty("resourceType", string(null).enumeration(List.<Object>of(OPERATION_OUTCOME)))
                .addProperty("issue", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(issue));
    }

    private static Schema string(String description) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return description == null ? schema : schema.description(description);
    }
}
