package ch.so.integration.iiz.monitoring;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.iiz.monitoring.api.ClientContactRequest;
import ch.so.integration.iiz.monitoring.api.ClientContactView;
import ch.so.integration.iiz.monitoring.api.MonitoringView;
import ch.so.integration.iiz.monitoring.api.ReviewRequest;
import ch.so.integration.iiz.monitoring.api.ReviewView;
import ch.so.integration.iiz.monitoring.api.ScheduleReviewsRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** IZ-09 monitoring of a case's plan; for the case's members only (404 outside the team, 403 IZ-01). */
@Path("/cases")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
public class MonitoringResource {

    private final MonitoringService service;

    MonitoringResource(MonitoringService service) {
        this.service = service;
    }

    @GET
    @Path("/{caseId}/monitoring")
    @Operation(summary = "The review interval, the next review's date, whether it is overdue, the last review (IZ-09)")
    public MonitoringView get(@PathParam("caseId") UUID caseId) {
        return service.get(caseId);
    }

    @PUT
    @Path("/{caseId}/monitoring")
    @Operation(summary = "Agree the review interval and the next review's date (IZ-09; coordinator)")
    public MonitoringView schedule(@PathParam("caseId") UUID caseId,
                                   @NotNull(message = "a JSON body is required") @Valid ScheduleReviewsRequest request) {
        return service.schedule(caseId, request);
    }

    @POST
    @Path("/{caseId}/monitoring/reviews")
    @Operation(summary = "Record a review held at the interval or on demand; sets the next one (IZ-09; coordinator)")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-09: a SCHEDULED review without an agreed interval")
    public Response review(@PathParam("caseId") UUID caseId,
                           @NotNull(message = "a JSON body is required") @Valid ReviewRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.review(caseId, request, idempotencyKey).created("cases/" + caseId + "/monitoring/reviews");
    }

    @GET
    @Path("/{caseId}/monitoring/reviews")
    @Operation(summary = "The reviews held, newest first (IZ-09)")
    public Page<ReviewView> reviews(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.reviews(caseId, page);
    }

    @POST
    @Path("/{caseId}/client-contacts")
    @Operation(summary = "Log a contact with the client (IZ-09)")
    @APIResponse(responseCode = "201", description = "Logged (or replayed for a repeated Idempotency-Key)")
    public Response logContact(@PathParam("caseId") UUID caseId,
                               @NotNull(message = "a JSON body is required") @Valid ClientContactRequest request,
                               @Parameter(description = "Makes retries safe: same key and body, same answer")
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.logContact(caseId, request, idempotencyKey).created("cases/" + caseId + "/client-contacts");
    }

    @GET
    @Path("/{caseId}/client-contacts")
    @Operation(summary = "The contacts with the client, newest first (IZ-09)")
    public Page<ClientContactView> contacts(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.contacts(caseId, page);
    }
}
