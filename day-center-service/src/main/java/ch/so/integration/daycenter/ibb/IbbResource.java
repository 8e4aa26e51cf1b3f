package ch.so.integration.daycenter.ibb;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.ibb.api.ClassifyRequest;
import ch.so.integration.daycenter.ibb.api.IbbHistoryView;
import ch.so.integration.daycenter.ibb.api.PendingView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/ibb")
@Tag(name = "IBB")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IbbResource {

    private final IbbService service;

    IbbResource(IbbService service) {
        this.service = service;
    }

    @GET
    @Path("/pending")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Participants holding a place today without a valid IBB classification (assessment pending)")
    public Page<PendingView> pending(@Valid @BeanParam PageQuery page) {
        return service.pending(page);
    }

    @POST
    @Path("/{placementId}")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.DAY_CENTER_STAFF, Roles.ADMIN})
    @Operation(summary = "Record an IBB classification, level 0-4 (DC-16)",
            description = "A classification starting after the open-ended current one ends it the day before; any "
                    + "other overlap is refused (409, DC-16).")
    public Response classify(@PathParam("placementId") UUID placementId,
                             @NotNull(message = "a JSON body is required") @Valid ClassifyRequest request,
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<IbbHistoryView> result = service.classify(placementId, request, idempotencyKey);
        return result.created("ibb");
    }

    @GET
    @Path("/{placementId}")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A participant's IBB classifications, newest first, and the level valid today")
    public IbbHistoryView history(@PathParam("placementId") UUID placementId) {
        return service.history(placementId);
    }
}
