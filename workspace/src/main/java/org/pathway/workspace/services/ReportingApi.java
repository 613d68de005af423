package org.pathway.workspace.services;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pathway.workspace.security.BearerToken;

/** reporting-service's dashboard and reports, fetched with the signed-in researcher's token. */
@RegisterRestClient(configKey = "reporting")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface ReportingApi {

    @GET
    @Path("/dashboard")
    @Produces("text/html")
    String dashboard(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/{report}")
    @Produces("text/csv")
    String csv(@PathParam("report") String report, @QueryParam("groupBy") String groupBy,
               @QueryParam("from") String from, @QueryParam("to") String to, @HeaderParam("Accept") String accept);
}
