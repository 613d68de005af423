package org.pathway.chassis.probe;

import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.geo.UkPostcode;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.problem.Problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test-only endpoints that drive the chassis the way a service does. */
@Path("/sites/{siteId}/probe")
@Authenticated
public class ProbeResource {

    private final EntityManager entityManager;
    private final Outbox outbox;

    public ProbeResource(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    public record ProbeBody(String note, Integer count, LocalDate date, String participantId, boolean failAfterWrite) {
    }

    /** Writes a note and one event in one transaction; fails after both when asked to. */
    @POST
    @Transactional
    public Response write(@PathParam("siteId") String siteId, ProbeBody body) {
        if (body.count() != null && body.count() < 0) {
            throw Problem.invalid("count", "must not be negative");
        }
        entityManager.createNativeQuery("insert into probe_note (text) values (?1)")
                .setParameter(1, body.note()).executeUpdate();
        outbox.append(new ReferralContacted(body.participantId(), UUID.randomUUID(), Instant.now(), "phone"));
        if (body.failAfterWrite()) {
            throw Problem.conflict("Asked to fail after writing.");
        }
        return Response.status(201).build();
    }

    /** Appends {@code count} events for one participant in one call, contacted one second apart, in that order. */
    @POST
    @Path("/batch")
    @Transactional
    public Response writeBatch(@PathParam("siteId") String siteId, @QueryParam("participantId") String participantId,
                               @QueryParam("count") int count) {
        List<ReferralContacted> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new ReferralContacted(participantId, UUID.randomUUID(), Instant.EPOCH.plusSeconds(i), "phone"));
        }
        outbox.appendAll(events);
        return Response.status(201).build();
    }

    @GET
    @Path("/notes")
    @Transactional
    public long notes(@PathParam("siteId") String siteId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from probe_note").getSingleResult()).longValue();
    }

    public record Page(Integer page, Integer size, long limit) {
    }

    /** Typed query parameters and a header, echoed back, for the parameter-conversion tests. */
    @GET
    @Path("/items")
    public Page items(@PathParam("siteId") String siteId, @QueryParam("page") Integer page,
                      @QueryParam("size") Integer size, @HeaderParam("Probe-Limit") @DefaultValue("10") long limit) {
        return new Page(page, size, limit);
    }

    @GET
    @Path("/items/{id}")
    public String item(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        return id.toString();
    }

    public record Address(@NotNull @UkPostcode String postcode, @UkPostcode String previousPostcode) {
    }

    /** A body checked by constraint annotations, for the constraint-violation mapping. */
    @POST
    @Path("/addresses")
    public Response address(@PathParam("siteId") String siteId, @Valid Address address) {
        return Response.status(201).build();
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("duplicate key (nhs_number)=(9434765919)");
    }
}
