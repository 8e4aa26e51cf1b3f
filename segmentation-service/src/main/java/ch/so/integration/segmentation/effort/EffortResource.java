package ch.so.integration.segmentation.effort;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.segmentation.effort.api.EffortView;
import ch.so.integration.segmentation.effort.api.RecordEffortRequest;

/** SG-12: the time caseworkers spend on a case, the source of the controlling's effort figures. */
@Path("/cases/{caseId}/efforts")
@Tag(name = "Effort")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
public class EffortResource {

    private final EffortService service;

    EffortResource(EffortService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Record time spent on the case on one day, by kind of work (SG-12)")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "404", description = "No such case")
    public Response record(@PathParam("caseId") UUID caseId,
                           @NotNull(message = "a JSON body is required") @Valid RecordEffortRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.record(caseId, request, idempotencyKey).created("cases/" + caseId + "/efforts");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One effort entry of the case (SG-12)")
    public EffortView get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return service.get(caseId, id);
    }

    @GET
    @Operation(summary = "The case's effort entries, newest day first (SG-12)")
    public Page<EffortView> list(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.list(caseId, page);
    }
}
