package org.pathway.chassis.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.problem.ProblemBody;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.webhook.WebhookSignature;

/**
 * Makes every service's document tell clients what the chassis does around its resources: the issuers whose
 * tokens each operation takes and with which roles (from the {@code @RolesAllowed} requirement Quarkus adds under
 * {@value #ROLES_SCHEME}), the webhook signature, the {@code Idempotency-Key} header, and each problem response
 * the operation can give ({@link ProblemStatuses}) with its body schema ({@link ProblemComponents}). Runs at start-up,
 * so the issuers are this deployment's.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PathwayOpenApiFilter implements OASFilter {

    /** The scheme name Quarkus' role requirements are added under (chassis configuration); replaced here. */
    public static final String ROLES_SCHEME = "pathway-roles";
    public static final String SIGNATURE_SCHEME = "provider-signature";
    private static final String SITE_PATH = "/sites/{siteId}";
    private static final String WELL_KNOWN = "/.well-known/openid-configuration";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> sites = hostedSites();
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        ProblemComponents.schemas().forEach(components::addSchema);
        components.removeSecurityScheme(ROLES_SCHEME);
        boolean anySigned = false;
        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Operation operation : path.getValue().getOperations().values()) {
                    anySigned |= describe(path.getKey(), path.getValue(), operation, components, sites);
                }
            }
        }
        schemes(sites, anySigned).forEach(components::addSecurityScheme);
        if (openAPI.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openAPI.getTags());
            tags.sort(java.util.Comparator.comparing(Tag::getName));
            openAPI.setTags(tags);
        }
    }

    /** @return whether the operation is a signed webhook */
    private boolean describe(String path, PathItem item, Operation operation, Components components,
                             List<String> sites) {
        List<Parameter> parameters = new ArrayList<>();
        Optional.ofNullable(item.getParameters()).ifPresent(parameters::addAll);
        Optional.ofNullable(operation.getParameters()).ifPresent(parameters::addAll);
        for (String name : undeclaredPathParameters(path, parameters)) {
            // A resource that never reads {siteId} still sits under it; the chassis' site check reads it.
            Parameter parameter = OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
            operation.addParameter(parameter);
            parameters.add(parameter);
        }
        boolean signed = parameters.stream().anyMatch(p -> isHeader(p, WebhookSignature.HEADER));
        boolean idempotent = parameters.stream().anyMatch(p -> isHeader(p, IdempotencyKeyHeader.HEADER));
        parameters.forEach(PathwayOpenApiFilter::describeHeader);
        Set<String> bodyTypes = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? Set.of() : operation.getRequestBody().getContent().getMediaTypes().keySet();
        boolean fhir = bodyTypes.contains(ProblemComponents.FHIR_JSON) || answersFhir(operation);

        List<String> roles = new ArrayList<>();
        Optional.ofNullable(operation.getSecurity()).ifPresent(requirements -> requirements.forEach(
                r -> Optional.ofNullable(r.getScheme(ROLES_SCHEME)).ifPresent(roles::addAll)));
        List<SecurityRequirement> security = new ArrayList<>();
        if (signed) {
            security.add(OASFactory.createSecurityRequirement().addScheme(SIGNATURE_SCHEME));
        } else {
            List<Map<String, List<String>>> alternatives = Issuers.requirements(path.startsWith(SITE_PATH), roles,
                    sites);
            alternatives.forEach(a -> a.forEach((scheme, scopes) -> security.add(
                    OASFactory.createSecurityRequirement().addScheme(scheme, scopes))));
            operation.setDescription(join(operation.getDescription(), Issuers.sentence(alternatives)));
        }
        operation.setSecurity(security);

        Set<Integer> declared = new TreeSet<>();
        operation.getResponses().getAPIResponses().keySet().stream().filter(k -> k.matches("4\\d\\d"))
                .map(Integer::valueOf).forEach(declared::add);
        ProblemStatuses.Shape shape = new ProblemStatuses.Shape(!signed, signed, !bodyTypes.isEmpty(),
                bodyTypes.contains("*/*"), bodyTypes.stream().anyMatch(t -> t.contains("json")),
                parameters.stream().anyMatch(p -> typed(p.getSchema(), components)),
                parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && uuid(p.getSchema(), components)),
                idempotent, declared);
        for (int status : ProblemStatuses.of(shape)) {
            // Quarkus adds 401 and 403 with words of its own; an operation's own words are kept for the rest.
            boolean ownWords = declared.contains(status) && (signed || (status != 401 && status != 403));
            respond(operation, status, ownWords, fhir, signed);
        }
        return signed;
    }

    private static void respond(Operation operation, int status, boolean ownWords, boolean fhir, boolean signed) {
        String code = String.valueOf(status);
        APIResponse response = Optional.ofNullable(operation.getResponses().getAPIResponse(code))
                .orElseGet(OASFactory::createAPIResponse);
        if (!ownWords || response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(ProblemComponents.description(status, fhir, signed));
        }
        operation.getResponses().addAPIResponse(code, response);
        if (status == 503) {
            response.addHeader("Retry-After", ProblemComponents.retryAfter());
        }
        String mediaType = fhir ? ProblemComponents.FHIR_JSON : ProblemBody.MEDIA_TYPE;
        String ref = fhir ? ProblemComponents.OPERATION_OUTCOME_REF : ProblemComponents.PROBLEM_REF;
        response.setContent(OASFactory.createContent().addMediaType(mediaType,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ref))));
    }

    private static boolean answersFhir(Operation operation) {
        return operation.getResponses().getAPIResponses().values().stream()
                .anyMatch(r -> r.getContent() != null
                        && r.getContent().getMediaTypes().containsKey(ProblemComponents.FHIR_JSON));
    }

    /** The {@code {name}}s of the path template that no parameter declares, in template order. */
    static List<String> undeclaredPathParameters(String path, List<Parameter> declared) {
        List<String> missing = new ArrayList<>();
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(path);
        while (variable.find()) {
            String name = variable.group(1);
            if (declared.stream().noneMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()))) {
                missing.add(name);
            }
        }
        return missing;
    }

    private static boolean isHeader(Parameter parameter, String name) {
        return parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName());
    }

    private static void describeHeader(Parameter parameter) {
        if (isHeader(parameter, IdempotencyKeyHeader.HEADER)) {
            parameter.setDescription("Any unique text (1 to " + IdempotencyKeyHeader.MAX_LENGTH + " characters) the "
                    + "client chooses per record. Repeating the request with the same key and body answers 200 with "
                    + "the original record; the same key with a different body is 409.");
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .minLength(1).maxLength(IdempotencyKeyHeader.MAX_LENGTH));
        } else if (isHeader(parameter, WebhookSignature.HEADER)) {
            parameter.setRequired(true);
            parameter.setDescription(SIGNATURE);
            parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .example("t=1763719200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"));
        }
    }

    private static final String SIGNATURE = "`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<raw body>\")>` "
            + "with the provider's secret (POST .../providers/{providerId}/credentials). Several `v1` entries may be "
            + "sent while a secret rotates. Refused (401) when missing, wrong, or `t` is more than 300 s from now.";

    private static boolean typed(Schema schema, Components components) {
        Schema resolved = resolve(schema, components);
        if (resolved == null) {
            return false;
        }
        if (resolved.getItems() != null) {
            return typed(resolved.getItems(), components);
        }
        List<Schema.SchemaType> types = Optional.ofNullable(resolved.getType()).orElse(List.of());
        return types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)
                || uuid(resolved, components);
    }

    private static boolean uuid(Schema schema, Components components) {
        Schema resolved = resolve(schema, components);
        return resolved != null && "uuid".equals(resolved.getFormat());
    }

    private static Schema resolve(Schema schema, Components components) {
        if (schema == null || schema.getRef() == null || components.getSchemas() == null) {
            return schema;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        return components.getSchemas().get(name);
    }

    private static Map<String, SecurityScheme> schemes(List<String> sites, boolean signedWebhooks) {
        Config config = ConfigProvider.getConfig();
        Map<String, SecurityScheme> schemes = new TreeMap<>();
        for (String site : sites) {
            config.getOptionalValue("quarkus.oidc." + site + ".auth-server-url", String.class).ifPresent(issuer ->
                    schemes.put(Issuers.siteScheme(site), oidc(issuer, "Site " + site + "'s own issuer (" + issuer
                            + "; every site's is `<base>/realms/site-<siteId>`). Its tokens carry the site roles "
                            + "`referrer`, `link-worker`, `site-admin` and pass only on `/sites/" + site + "/...`.")));
        }
        config.getOptionalValue("quarkus.oidc.platform.auth-server-url", String.class).ifPresent(issuer ->
                schemes.put(Issuers.PLATFORM_SCHEME, oidc(issuer, "The platform issuer (" + issuer + ") for "
                        + "researchers and platform admins (roles `researcher`, `platform-admin`). Its tokens are "
                        + "refused on every `/sites/{siteId}/...` path.")));
        if (signedWebhooks) {
            schemes.put(SIGNATURE_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name(WebhookSignature.HEADER)
                    .description("Provider webhooks carry no bearer token; the body is signed instead: " + SIGNATURE));
        }
        return schemes;
    }

    private static SecurityScheme oidc(String issuer, String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(issuer + WELL_KNOWN).description(description);
    }

    private static List<String> hostedSites() {
        var sites = Arc.container().instance(Sites.class);
        return sites.isAvailable() ? new ArrayList<>(new TreeSet<>(sites.get().ids())) : List.of();
    }

    private static String join(String description, String sentence) {
        return description == null || description.isBlank() ? sentence : description.strip() + "\n\n" + sentence;
    }
}
