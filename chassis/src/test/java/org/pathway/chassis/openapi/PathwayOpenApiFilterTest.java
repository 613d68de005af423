package org.pathway.chassis.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayOpenApiFilterTest {

    private static Parameter path(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.PATH);
    }

    @Test
    void aPathVariableNoParameterDeclaresIsFoundSoTheDocumentCanDeclareIt() {
        assertThat(PathwayOpenApiFilter.undeclaredPathParameters("/sites/{siteId}/participants/{participantId}/outcomes",
                List.of(path("participantId")))).containsExactly("siteId");
        assertThat(PathwayOpenApiFilter.undeclaredPathParameters("/sites/{siteId}/outcomes",
                List.of(OASFactory.createParameter().name("siteId").in(Parameter.In.QUERY)))).containsExactly("siteId");
        assertThat(PathwayOpenApiFilter.undeclaredPathParameters("/sites/{siteId}/referrals/{id}",
                List.of(path("id"), path("siteId")))).isEmpty();
        assertThat(PathwayOpenApiFilter.undeclaredPathParameters("/reports/uptake", List.of())).isEmpty();
    }
}
