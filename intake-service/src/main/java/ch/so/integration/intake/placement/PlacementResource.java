package ch.so.integration.intake.placement;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.placement.api.CreatePlacementRequest;
import ch.so.integration.intake.placement.api.PlacementView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/placements")
@Tag(name = "Placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private final PlacementService service;

    PlacementResource(PlacementService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Place a person (publishes PlacementCreated)")
    @APIResponse(responseCode = "201", description = "Created (or replayed for a repeated Idempotency-Key)")
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreatePlacementRequest request,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<PlacementView> result = service.create(request, idempotencyKey);
        return Response.created(URI.create("placements/" + result.id()))
                .header(Idempotency.REPLAYED_HEADER, result.replayed())
                .entity(result.body()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.DAY_CENTER_STAFF, Roles.ADMIN})
    @Operation(summary = "A placement by id")
    public PlacementView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "A person's placements, newest start first")
    public Page<PlacementView> ofPerson(@QueryParam("personId") @NotNull(message = "is required") UUID personId,
                                        @Valid @BeanParam PageQuery page) {
        return service.ofPerson(personId, page);
    }
}
