package org.pathway.referral.fhir;

/** The code systems and codes of the BaRS door: NHS England's, SNOMED CT's and the few of our own. */
public final class BarsCodes {

    public static final String MESSAGE_EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
    public static final String SERVICE_REQUEST_REQUEST = "servicerequest-request";
    public static final String SERVICE_REQUEST_RESPONSE = "servicerequest-response";
    public static final String MESSAGE_REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";
    public static final String REASON_NEW = "new";
    public static final String REASON_UPDATE = "update";
    public static final String HTTP_ERROR_CODES = "https://fhir.nhs.uk/Codesystem/http-error-codes";
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    public static final String UK_CORE_ETHNIC_CATEGORY =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /** 871731000000106 |Referral to social prescribing service (procedure)|. */
    public static final String SOCIAL_PRESCRIBING_REFERRAL = "871731000000106";

    /** Our own identifiers and code systems. */
    public static final String PATHWAY = "https://pathway.example/fhir";
    public static final String REFERRAL_ID = PATHWAY + "/Id/referral";
    public static final String PARTICIPANT_ID = PATHWAY + "/Id/participant";
    public static final String DECISION = PATHWAY + "/CodeSystem/referral-decision";
    public static final String DECLINE_REASON = PATHWAY + "/CodeSystem/decline-reason";
    public static final String DECISION_EXTENSION = PATHWAY + "/StructureDefinition/referral-decision";
    public static final String PRESENTING_NEED = PATHWAY + "/CodeSystem/presenting-need";
    public static final String RISK_LEVEL = PATHWAY + "/CodeSystem/risk-level";
    public static final String SEVERITY = PATHWAY + "/CodeSystem/severity";

    private BarsCodes() {
    }
}
