package org.pathway.testkit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteMatrixTest {

    record Note(String text) {
    }

    @Path("/sites/{siteId}/participants")
    @RolesAllowed({"link-worker", "site-admin"})
    public static class ParticipantResource {

        @GET
        public List<String> list(@PathParam("siteId") String siteId, @QueryParam("page") Integer page) {
            return List.of();
        }

        @GET
        @Path("{participantId}/engagement")
        public String engagement(@PathParam("siteId") String siteId, @PathParam("participantId") String id,
                                 @Context UriInfo uri, SecurityContext security) {
            return "";
        }

        @POST
        @Path("/{participantId}/outcomes/")
        @RolesAllowed("link-worker")
        public void record(@PathParam("siteId") String siteId, @PathParam("participantId") String id,
                           @HeaderParam("Idempotency-Key") @DefaultValue("") String key, Note body) {
        }

        @PUT
        @Path("{participantId}/placements/{id: [0-9a-f-]{36}}")
        public void move(@PathParam("siteId") String siteId, @PathParam("participantId") String participant,
                         @PathParam("id") UUID id, byte[] raw) {
        }

        /** Not a resource method: no HTTP method annotation. */
        public String helper() {
            return "";
        }
    }

    @Path("sites/{siteId}")
    public static class ProviderResource {

        @DELETE
        @Path("providers/{providerId}")
        @PermitAll
        public void remove(@PathParam("siteId") String siteId, @PathParam("providerId") String id) {
        }

        @GET
        @Path("settings")
        public String settings(@PathParam("siteId") String siteId) {
            return "";
        }
    }

    @Path("/reports/{siteId}/{id}")
    public static class ReportResource {

        @GET
        public String report(@PathParam("siteId") String siteId, @PathParam("id") String id) {
            return "";
        }
    }

    @Test
    void findsEverySiteScopedRouteWithAnIdAndWhatItNeeds() {
        List<RouteMatrix.Route> routes = RouteMatrix.siteScopedRoutesWithIds(
                ParticipantResource.class, ProviderResource.class, ReportResource.class);

        assertThat(routes).extracting(RouteMatrix.Route::toString).containsExactly(
                "GET /sites/{siteId}/participants/{participantId}/engagement",
                "POST /sites/{siteId}/participants/{participantId}/outcomes",
                "PUT /sites/{siteId}/participants/{participantId}/placements/{id: [0-9a-f-]{36}}",
                "DELETE /sites/{siteId}/providers/{providerId}");

        assertThat(routes).extracting(RouteMatrix.Route::idParameters).containsExactly(
                List.of("participantId"), List.of("participantId"), List.of("participantId", "id"),
                List.of("providerId"));
        assertThat(routes).extracting(RouteMatrix.Route::roles).containsExactly(
                Set.of("link-worker", "site-admin"), Set.of("link-worker"), Set.of("link-worker", "site-admin"),
                Set.of());
        assertThat(routes).extracting(RouteMatrix.Route::takesBody).containsExactly(false, true, true, false);
        assertThat(routes.get(1).handler()).isEqualTo("ParticipantResource#record");
    }

    @Test
    void everyRouteIncludesThoseWithoutIds() {
        assertThat(RouteMatrix.routes(ParticipantResource.class, ProviderResource.class))
                .extracting(RouteMatrix.Route::toString)
                .contains("GET /sites/{siteId}/participants", "GET /sites/{siteId}/settings");
    }

    @Test
    void fillsInTheSiteAndTheIds() {
        RouteMatrix.Route move = RouteMatrix.siteScopedRoutesWithIds(ParticipantResource.class).get(2);

        assertThat(move.uri("north-london", "P-1", "c0ffee00-0000-0000-0000-000000000000"))
                .isEqualTo("/sites/north-london/participants/P-1/placements/c0ffee00-0000-0000-0000-000000000000");
        assertThat(move.uriWithEveryId("cardiff-vale", "x"))
                .isEqualTo("/sites/cardiff-vale/participants/x/placements/x");
        assertThatThrownBy(() -> move.uri("north-london", "P-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
