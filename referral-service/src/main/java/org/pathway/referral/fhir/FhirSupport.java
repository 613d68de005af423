package org.pathway.referral.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jboss.logging.Logger;

/**
 * The one FHIR R4 context of the service and its validator, both expensive to build (the context scans the
 * model; the validator loads every R4 definition on its first run), so built once and warmed in the background
 * at start-up. Structure is checked against base R4: UK Core and BaRS profiles are in no package registry this
 * build can reach, so an unknown profile is not an error; our own rules come after (see {@link BarsReferralMapper}).
 */
@ApplicationScoped
public class FhirSupport {

    private static final Logger LOG = Logger.getLogger(FhirSupport.class);
    /** HAPI annotates locations with the element's type and id: {@code Bundle.entry[1].resource/*Patient/null*}/}. */
    private static final Pattern LOCATION_NOTE = Pattern.compile("/\\*.*?\\*/");

    private static final List<String> OFFLINE_GAPS = List.of("Validation_VAL_Profile_Unknown",
            "Terminology_PassThrough_TX_Message");

    /** Beyond this a message validates on its own rather than wait longer (warm-up is ~7 s on a quiet machine). */
    private static final long WARM_UP_WAIT_SECONDS = 60;

    /**
     * Validations at once. Each validation of a BaRS message (a 28 KB Bundle) allocates tens of megabytes beside
     * the R4 definitions the validator holds; eight at once ran a 256 MB heap out of memory under `pathway bench`
     * and took the JSON door down with it. More at once would only queue for the same cores: the others wait here.
     */
    static final int CONCURRENT_VALIDATIONS = 2;

    private final Semaphore validations = new Semaphore(CONCURRENT_VALIDATIONS, true);

    /** Set while the service warms the validator up at start-up; null where nothing does (unit tests). */
    private volatile CountDownLatch warmedUp;
    private final FhirContext context = FhirContext.forR4Cached();
    private final FhirValidator validator;

    public FhirSupport() {
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                unknownCodeSystemsWarn());
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setErrorForUnknownProfiles(false);
        module.setAnyExtensionsAllowed(true);
        module.setNoTerminologyChecks(false);
        validator = context.newValidator().registerValidatorModule(module);
    }

    private UnknownCodeSystemWarningValidationSupport unknownCodeSystemsWarn() {
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(context);
        unknown.setNonExistentCodeSystemSeverity(
                ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
        return unknown;
    }

    /** Loads the R4 definitions in the background; the first message waits for it rather than loading them twice. */
    void warmUp(@Observes StartupEvent started) {
        CountDownLatch latch = new CountDownLatch(1);
        warmedUp = latch;
        Thread warm = new Thread(() -> {
            long start = System.nanoTime();
            try {
                validator.validateWithResult("{\"resourceType\":\"Bundle\",\"type\":\"message\"}");
                LOG.infof("FHIR validator ready in %d ms", (System.nanoTime() - start) / 1_000_000);
            } finally {
                latch.countDown();
            }
        }, "fhir-validator-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private void awaitWarmUp() {
        CountDownLatch latch = warmedUp;
        if (latch == null) {
            return;
        }
        try {
            latch.await(WARM_UP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public FhirContext context() {
        return context;
    }

    /** A new JSON parser (parsers are cheap and not thread-safe; the context they come from is shared). */
    public IParser json() {
        return context.newJsonParser();
    }

    public String encode(IBaseResource resource) {
        return json().encodeResourceToString(resource);
    }

    /** The errors (and fatal errors) of a JSON text as FHIR R4, each at the FHIRPath of the element. */
    public List<FhirIssue> validate(String json) {
        awaitWarmUp();
        ValidationResult result;
        validations.acquireUninterruptibly();
        try {
            result = validator.validateWithResult(json);
        } catch (RuntimeException unreadable) {
            // The parser's message quotes the text it choked on: say only that it is not JSON.
            return List.of(new FhirIssue("Bundle", "is not well-formed JSON"));
        } finally {
            validations.release();
        }
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .filter(m -> !offlineGap(m.getMessageId()))
                .map(FhirSupport::issue)
                .toList();
    }

    /** Errors of a resource this service built (the answers it sends), for tests and start-up checks. */
    public List<FhirIssue> validate(IBaseResource resource) {
        return validate(encode(resource));
    }

    /**
     * What only the UK Core and BaRS packages could settle, which this service cannot load offline: a profile it
     * does not hold, and a code from a UK Core code system (HAPI's terminology pass-through). Not the sender's fault.
     */
    static boolean offlineGap(String messageId) {
        return messageId != null && OFFLINE_GAPS.stream().anyMatch(messageId::startsWith);
    }

    private static FhirIssue issue(SingleValidationMessage message) {
        String location = message.getLocationString() == null ? "Bundle"
                : LOCATION_NOTE.matcher(message.getLocationString()).replaceAll("");
        String id = message.getMessageId() == null ? "invalid" : message.getMessageId();
        return new FhirIssue(location, "does not conform to FHIR R4 (" + id + ")");
    }
}
