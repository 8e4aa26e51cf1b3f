package ch.so.integration.daycenter.area;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.area.api.ChangeWorkAreaRequest;
import ch.so.integration.daycenter.area.api.ClosureRequest;
import ch.so.integration.daycenter.area.api.CreateWorkAreaRequest;
import ch.so.integration.daycenter.area.api.WorkAreaView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/areas")
@Tag(name = "Work areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkAreaResource {

    private final WorkAreaService service;

    WorkAreaResource(WorkAreaService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Set up a work area: capacity per half-day, kind and motivation compensation (DC-06)")
    @APIResponse(responseCode = "201", description = "Created (or replayed for a repeated Idempotency-Key)")
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateWorkAreaRequest request,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<WorkAreaView> result = service.create(request, idempotencyKey);
        return result.created("areas");
    }

    @GET
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "The work areas, by name, with their company holidays")
    public Page<WorkAreaView> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "One work area")
    public WorkAreaView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Change capacity, kind and motivation compensation (DC-06)",
            description = "A capacity below the participants already planned on some half-day from today on is refused"
                    + " (409, rule DC-04, naming capacity).")
    @APIResponse(responseCode = "409", description = "More participants are planned on a half-day than the new capacity")
    public WorkAreaView change(@PathParam("id") UUID id,
                               @NotNull(message = "a JSON body is required") @Valid ChangeWorkAreaRequest request) {
        return service.change(id, request);
    }

    @POST
    @Path("/{id}/closures")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Close the area for a company holiday (DC-02)",
            description = "Refused (409, rule DC-02) when on some weekday of the holiday every area would be closed, or"
                    + " when participants are planned in the area on days of the holiday (re-plan them first).")
    @APIResponse(responseCode = "409", description = "No area would stay open, or entries are planned then; the problem"
            + " names the dates")
    public WorkAreaView close(@PathParam("id") UUID id,
                              @NotNull(message = "a JSON body is required") @Valid ClosureRequest request) {
        return service.close(id, request);
    }

    @DELETE
    @Path("/{id}/closures/{closureId}")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Remove a company holiday")
    public WorkAreaView reopen(@PathParam("id") UUID id, @PathParam("closureId") UUID closureId) {
        return service.reopen(id, closureId);
    }
}
