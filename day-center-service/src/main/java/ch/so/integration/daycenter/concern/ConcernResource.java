package ch.so.integration.daycenter.concern;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.concern.api.ChangeConcernStatusRequest;
import ch.so.integration.daycenter.concern.api.ConcernView;
import ch.so.integration.daycenter.concern.api.RaiseConcernRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** DC-18 concerns: confidential, for the day-center lead only (and admin for operations). */
@Path("/concerns")
@Tag(name = "Concerns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
public class ConcernResource {

    private final ConcernService service;

    ConcernResource(ConcernService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Record a participant's concern, routed to its office (DC-18)")
    @APIResponse(responseCode = "201", description = "Received (or replayed for a repeated Idempotency-Key)")
    public Response raise(@NotNull(message = "a JSON body is required") @Valid RaiseConcernRequest request,
                          @Parameter(description = "Makes retries safe: same key and body, same answer")
                          @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<ConcernView> result = service.raise(request, idempotencyKey);
        return result.created("concerns");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A concern with its status history (DC-18)")
    public ConcernView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Operation(summary = "Concerns, newest first; of one status when status is given (DC-18)")
    public Page<ConcernView> list(@QueryParam("status") ConcernStatus status, @Valid @BeanParam PageQuery page) {
        return service.list(status, page);
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Move the concern to its next status: RECEIVED, FORWARDED, IN_PROGRESS, CLOSED (DC-18)")
    @APIResponse(responseCode = "200", description = "Changed; the concern as it is now")
    @APIResponse(responseCode = "409", description = "rule-violation DC-18: not the next status, or closed")
    public ConcernView changeStatus(@PathParam("id") UUID id,
                                    @NotNull(message = "a JSON body is required")
                                    @Valid ChangeConcernStatusRequest request) {
        return service.changeStatus(id, request);
    }
}
